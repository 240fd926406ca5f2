package org.sitrep.core.text;

/**
 * A stretch of the unchanged article text: {@code start} and {@code end} are UTF-16 offsets (Java
 * string indices), end exclusive, and {@code text} is exactly {@code article.substring(start,
 * end)}.
 */
public record Span(int start, int end, String text) {

  /** Validates the offsets against the text they claim to cover. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets: " + start + ".." + end);
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(
          "span text length does not match offsets " + start + ".." + end + ": " + text);
    }
  }

  /** The span of {@code source[start, end)}. */
  public static Span of(String source, int start, int end) {
    return new Span(start, end, source.substring(start, end));
  }

  /** Whether this span and {@code other} share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }
}
