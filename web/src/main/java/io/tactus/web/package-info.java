/**
 * The Tactus portal: pages, JSON API, security and persistence, one package per feature.
 */
package io.tactus.web;
