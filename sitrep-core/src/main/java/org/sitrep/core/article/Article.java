package org.sitrep.core.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as given to the pipeline. The text is never changed afterwards: every span of
 * every extraction points into it.
 *
 * @param published the publication date, the anchor for relative times; null when unknown
 */
public record Article(
    String id,
    String text,
    LocalDate published,
    String title,
    String source,
    String url,
    String language) {

  /** Requires an id and a text. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** An article with only an id, a text and an optional publication date. */
  public static Article of(String id, String text, LocalDate published) {
    return new Article(id, text, published, null, null, null, null);
  }

  /** The publication date, if known. */
  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }
}
