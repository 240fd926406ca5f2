package org.sitrep.core.model;

/** A date as an event or movement refers to it: TIMEX3 value and the text it came from. */
public record DateRef(String value, String text) {}
