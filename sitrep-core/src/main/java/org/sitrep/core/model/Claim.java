package org.sitrep.core.model;

/** An attributed statement with its source and how firmly the text puts it. */
public record Claim(
    int start,
    int end,
    String text,
    Source source,
    String cue,
    Certainty certainty,
    String component) {}
