package org.sitrep.app.io;

import java.util.Objects;
import org.sitrep.core.article.Article;

/**
 * One input document: either an article ready for analysis or the reason it cannot be analysed.
 *
 * @param name how the document is named in messages (file name, or JSONL file and line)
 */
public record Input(String name, Article article, String failure) {

  /** Exactly one of article and failure is present. */
  public Input {
    Objects.requireNonNull(name, "name");
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("an input has either an article or a failure: " + name);
    }
  }

  /** An input that can be analysed. */
  public static Input ok(String name, Article article) {
    return new Input(name, article, null);
  }

  /** An input that cannot be analysed, and why. */
  public static Input failed(String name, String reason) {
    return new Input(name, null, reason);
  }

  /** Whether this input failed before analysis. */
  public boolean isFailure() {
    return failure != null;
  }
}
