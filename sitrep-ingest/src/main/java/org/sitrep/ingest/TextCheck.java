package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decides whether bytes or text are an article: not empty, not binary, UTF-8, under a limit. */
public final class TextCheck {
  private final long maxBytes;

  /** A check that refuses documents over {@code maxBytes}. */
  public TextCheck(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The size limit. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Decoded text, or the reason there is none. */
  public record Result(String text, String failure) {
    /** Whether the input is not an article. */
    public boolean isFailure() {
      return failure != null;
    }
  }

  /** The text of UTF-8 {@code bytes}, or why they are not an article. */
  public Result decode(byte[] bytes) {
    if (bytes.length > maxBytes) {
      return tooLarge(bytes.length);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Result(null, "not UTF-8 text (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return check(text);
  }

  /** The failure of an input of {@code size} bytes over the limit. */
  public Result tooLarge(long size) {
    return new Result(
        null, "too large: " + size + " bytes, the limit is " + maxBytes + " (--max-bytes)");
  }

  /** Checks text that is already decoded (from JSON, a page, a feed). */
  public Result check(String text) {
    if (text == null || text.isBlank()) {
      return new Result(null, "empty: no text to analyse");
    }
    if (text.length() > maxBytes) {
      return tooLarge(text.length());
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return new Result(null, "binary: contains NUL characters");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 0 && control * 20 > text.length()) {
      return new Result(null, "binary: " + control + " control characters in " + text.length());
    }
    return new Result(text, null);
  }
}
