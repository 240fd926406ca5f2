package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.core.article.Article;
import org.sitrep.ingest.TextCheck;

/**
 * One JSON Lines record in the contract's input form ({@code id}, {@code text}, optional {@code
 * published}, {@code title}, {@code source}, {@code url}, {@code language}) read into an article,
 * or the reason it cannot be one. The same rules and messages as {@code sitrep analyze --input}
 * (sitrep-app's {@code InputReader.parseLine}), with the same text check as ingest ({@link
 * TextCheck}).
 *
 * @param article the article, or null
 * @param id the line's id when it has one, else null
 * @param failure why there is no article, or null
 */
record ArticleLine(Article article, String id, String failure) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exactly one of article and failure is present. */
  ArticleLine {
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("a line has either an article or a failure");
    }
  }

  /** Reads one line. */
  static ArticleLine parse(String line, TextCheck check) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new ArticleLine(null, null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new ArticleLine(null, null, "not a JSON object");
    }
    String id = textOf(node, "id");
    if (id == null) {
      return new ArticleLine(null, null, "no \"id\" field (required: id, text)");
    }
    String text = textOf(node, "text");
    if (text == null) {
      return new ArticleLine(null, id, "no \"text\" field (required: id, text)");
    }
    TextCheck.Result r = check.check(text);
    if (r.isFailure()) {
      return new ArticleLine(null, id, r.failure());
    }
    LocalDate date = null;
    String pub = textOf(node, "published");
    if (pub != null && !pub.isBlank()) {
      try {
        date = LocalDate.parse(pub.length() > 10 ? pub.substring(0, 10) : pub);
      } catch (DateTimeParseException e) {
        return new ArticleLine(null, id, "\"published\" is not an ISO date (YYYY-MM-DD): " + pub);
      }
    }
    Article article =
        new Article(
            id,
            text,
            date,
            textOf(node, "title"),
            textOf(node, "source"),
            textOf(node, "url"),
            textOf(node, "language"));
    return new ArticleLine(article, id, null);
  }

  private static String textOf(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
