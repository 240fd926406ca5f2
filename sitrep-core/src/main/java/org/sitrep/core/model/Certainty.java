package org.sitrep.core.model;

/** How firmly a claim is put. */
public enum Certainty {
  ASSERTED("asserted"),
  BELIEVED("believed"),
  POSSIBLE("possible"),
  UNCONFIRMED("unconfirmed"),
  DENIED("denied");

  private final String label;

  Certainty(String label) {
    this.label = label;
  }

  /** The contract's spelling. */
  @Override
  public String toString() {
    return label;
  }
}
