package org.sitrep.core.nlp;

/**
 * A time expression as CoreNLP's SUTime tagged it, kept raw so that Sitrep's time extractor can
 * correct it and the benchmark can compare against it.
 *
 * @param type TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value TIMEX3 value, possibly null
 */
public record TimexCandidate(int start, int end, String text, String type, String value) {}
