package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * A direct, partial or indirect quotation with its speaker.
 *
 * @param start offset of the content (all parts: a quote split around its attribution is one quote)
 * @param cue said, told, according to, added, ...
 * @param channel in a statement, via Facebook chat, ...
 * @param parts the pieces of a discontinuous content, in text order; one part when continuous
 */
public record Quote(
    int start,
    int end,
    String text,
    QuoteKind kind,
    Source speaker,
    String cue,
    String channel,
    List<Span> parts,
    String component) {

  /** Copies the parts. */
  public Quote {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }
}
