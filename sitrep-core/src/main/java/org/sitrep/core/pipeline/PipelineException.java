package org.sitrep.core.pipeline;

/** A pipeline that cannot run as configured, such as one missing a required layer. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A configuration error described by {@code message}. */
  public PipelineException(String message) {
    super(message);
  }
}
