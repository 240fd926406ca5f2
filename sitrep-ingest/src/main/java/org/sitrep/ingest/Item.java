package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.core.article.Article;

/**
 * One input document found in a source: an article ready for analysis, or the reason there is none.
 * Every document of a source comes out as exactly one item, so nothing is silently dropped.
 *
 * @param name a stable, unique name: file path, {@code file.jsonl:LINE}, {@code file.warc#N}
 * @param byline the author line, when the source gives one
 */
public record Item(String name, Article article, String byline, String failure) {

  /** Exactly one of article and failure is present. */
  public Item {
    Objects.requireNonNull(name, "name");
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("an item has either an article or a failure: " + name);
    }
  }

  /** An item ready for analysis. */
  public static Item ok(String name, Article article, String byline) {
    return new Item(name, article, byline, null);
  }

  /** An item that cannot be analysed, and why. */
  public static Item failed(String name, String reason) {
    return new Item(name, null, null, reason);
  }

  /** Whether this item failed before analysis. */
  public boolean isFailure() {
    return failure != null;
  }
}
