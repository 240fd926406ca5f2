package org.sitrep.core.model;

import org.sitrep.core.article.Article;

/** The analysed document as the record repeats it. */
public record Document(
    String id,
    String text,
    String title,
    String source,
    String url,
    String published,
    String language) {

  /** The document part of the record for {@code article}. */
  public static Document of(Article article) {
    return new Document(
        article.id(),
        article.text(),
        article.title(),
        article.source(),
        article.url(),
        article.published() == null ? null : article.published().toString(),
        article.language() == null ? "en" : article.language());
  }
}
