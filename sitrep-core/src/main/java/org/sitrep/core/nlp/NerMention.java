package org.sitrep.core.nlp;

/**
 * A named-entity mention as the statistical tagger found it, before Sitrep's corrections.
 *
 * @param type PERSON, ORGANIZATION, LOCATION, MISC, or a numeric/temporal class
 * @param tokenFrom index of its first token
 * @param tokenTo index after its last token
 */
public record NerMention(
    int start, int end, String text, String type, int tokenFrom, int tokenTo) {}
