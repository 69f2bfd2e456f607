/**
 * A test fixture that breaks the architecture rules on purpose (ArchitectureTests).
 */
package io.tactus.core.rulebreaker;
