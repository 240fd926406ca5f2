package org.sitrep.app.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into article text, or says why they are not an article: empty, binary, not UTF-8,
 * or over the size limit.
 */
public final class TextDecoder {
  /** The default limit: 2 MB, far above any news article. */
  public static final long DEFAULT_MAX_BYTES = 2_000_000;

  private final long maxBytes;

  /** A decoder that refuses inputs over {@code maxBytes}. */
  public TextDecoder(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The text, or the reason it cannot be analysed. */
  public Result decode(byte[] bytes) {
    if (bytes.length > maxBytes) {
      return Result.failed(
          "too large: " + bytes.length + " bytes, the limit is " + maxBytes + " (--max-bytes)");
    }
    String text;
    try {
      CharsetDecoder d =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      text = d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Result.failed("not UTF-8 text (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return check(text);
  }

  /** Checks text that is already decoded (from JSON, say). */
  public Result check(String text) {
    if (text.isBlank()) {
      return Result.failed("empty: no text to analyse");
    }
    if (text.length() > maxBytes) {
      return Result.failed(
          "too large: "
              + text.length()
              + " characters, the limit is "
              + maxBytes
              + " (--max-bytes)");
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Result.failed("binary: contains NUL characters");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 0 && control * 20 > text.length()) {
      return Result.failed("binary: " + control + " control characters in " + text.length());
    }
    return new Result(text, null);
  }

  /** Decoded text, or the reason there is none. */
  public record Result(String text, String failure) {
    static Result failed(String reason) {
      return new Result(null, reason);
    }

    /** Whether decoding failed. */
    public boolean isFailure() {
      return failure != null;
    }
  }
}
