package org.sitrep.core.model;

/** A place as an event or movement refers to it: resolved coordinates, or just the text. */
public record PlaceRef(String name, Double lat, Double lon, Long geonamesId) {}
