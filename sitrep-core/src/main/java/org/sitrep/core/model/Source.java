package org.sitrep.core.model;

/**
 * Who a statement or figure is attributed to.
 *
 * @param name canonical name: "Paul J. Selva", not "he" or "General Selva"
 * @param entity id of the entry in the record's entities, if linked
 * @param description role or affiliation as the text gives it
 */
public record Source(String name, String entity, String description) {}
