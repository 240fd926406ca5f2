package org.sitrep.core.model;

/**
 * A participant in an event.
 *
 * @param role perpetrator, target (a physical target), victim (people harmed)
 */
public record Actor(String name, String entity, String role) {}
