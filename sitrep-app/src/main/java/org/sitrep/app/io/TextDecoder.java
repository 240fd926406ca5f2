package org.sitrep.app.io;

import org.sitrep.ingest.SourceReader;
import org.sitrep.ingest.TextCheck;

/**
 * Turns raw bytes into article text, or says why they are not an article: empty, binary, not UTF-8,
 * or over the size limit. The same check as {@code sitrep ingest}'s ({@link TextCheck}).
 */
public final class TextDecoder {
  /** The default limit: 2 MB, far above any news article. */
  public static final long DEFAULT_MAX_BYTES = SourceReader.DEFAULT_MAX_BYTES;

  private final TextCheck check;

  /** A decoder that refuses inputs over {@code maxBytes}. */
  public TextDecoder(long maxBytes) {
    this.check = new TextCheck(maxBytes);
  }

  /** The text, or the reason it cannot be analysed. */
  public Result decode(byte[] bytes) {
    return Result.of(check.decode(bytes));
  }

  /** The underlying check, for readers that apply it to text themselves ({@code ArticleLine}). */
  public TextCheck textCheck() {
    return check;
  }

  /** Checks text that is already decoded (from JSON, say). */
  public Result check(String text) {
    return Result.of(check.check(text));
  }

  /** Decoded text, or the reason there is none. */
  public record Result(String text, String failure) {
    static Result of(TextCheck.Result r) {
      return new Result(r.text(), r.failure());
    }

    /** Whether decoding failed. */
    public boolean isFailure() {
      return failure != null;
    }
  }
}
