package org.sitrep.core.model;

/**
 * A direct, partial or indirect quotation with its speaker.
 *
 * @param cue said, told, according to, added, ...
 * @param channel in a statement, via Facebook chat, ...
 */
public record Quote(
    int start,
    int end,
    String text,
    QuoteKind kind,
    Source speaker,
    String cue,
    String channel,
    String component) {}
