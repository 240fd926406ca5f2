package org.sitrep.core.model;

/**
 * A time expression normalised to a TIMEX3 value against the publication date.
 *
 * @param value TIMEX3 value such as 2018-01-20, 2017-SU, P4Y, PRESENT_REF; null when unresolvable
 */
public record TimeExpression(
    int start, int end, String text, TimexType type, String value, String component) {}
