/** Quantities as intervals: numbers, number words, vague amounts, money, percentages, ranges. */
package org.sitrep.extract.quantity;
