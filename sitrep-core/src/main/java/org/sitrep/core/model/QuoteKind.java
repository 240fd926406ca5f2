package org.sitrep.core.model;

/** How a quote reproduces the speaker's words. */
public enum QuoteKind {
  DIRECT("direct"),
  PARTIAL("partial"),
  INDIRECT("indirect");

  private final String label;

  QuoteKind(String label) {
    this.label = label;
  }

  /** The contract's spelling. */
  @Override
  public String toString() {
    return label;
  }
}
