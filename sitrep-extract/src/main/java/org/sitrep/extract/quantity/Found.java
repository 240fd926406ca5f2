package org.sitrep.extract.quantity;

/**
 * A quantity the parser found, before what it counts and who says it are added.
 *
 * @param start offset of its first character (the hedge, currency sign or number)
 * @param end offset after its last character (the number or unit)
 * @param unit canonical unit, null for a count
 * @param approximate whether the text hedged or used a vague amount
 * @param nounFrom offset where the counted noun phrase may start ("thousands of |fighters")
 * @param hedge the bound the words before or after the number put on it
 * @param range whether the text gave both ends (a range or a vague amount)
 */
record Found(
    int start,
    int end,
    Interval interval,
    String unit,
    boolean approximate,
    int nounFrom,
    Hedge hedge,
    boolean range) {}
