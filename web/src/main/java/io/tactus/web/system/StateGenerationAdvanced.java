package io.tactus.web.system;

/**
 * A node saw a shared state's generation advance in the database: something on this or
 * another node changed that state, and what was derived from it is out of date.
 *
 * @param name the state's name
 * @param generation its new generation
 */
public record StateGenerationAdvanced(String name, long generation) {

}
