package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.core.article.Article;

/**
 * One JSON Lines record in the contract's input form ({@code id}, {@code text}, optional {@code
 * published}, {@code title}, {@code source}, {@code url}, {@code language}, and for ingest {@code
 * byline}) read into an article, or the reason it cannot be one: the one reader behind {@code
 * sitrep analyze --input}, {@code sitrep ingest} and the Spark job, each of which wraps the result
 * in its own names and line numbers.
 *
 * @param article the article, or null
 * @param id the line's id when it has one, else null
 * @param byline the line's {@code byline} field, or null
 * @param failure why there is no article, or null
 */
public record ArticleLine(Article article, String id, String byline, String failure) {
  /** The failure of a line without an {@code id}. */
  public static final String NO_ID = "no \"id\" field (required: id, text)";

  /** The failure of a line with an {@code id} but no {@code text}. */
  public static final String NO_TEXT = "no \"text\" field (required: id, text)";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exactly one of article and failure is present. */
  public ArticleLine {
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("a line has either an article or a failure");
    }
  }

  /**
   * Reads one line.
   *
   * @param line the JSON text of the line
   * @param check the text check the caller applies to the {@code text} field
   * @param published the date of an article whose line has no {@code published}, may be null
   */
  public static ArticleLine parse(String line, TextCheck check, LocalDate published) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return failed(null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return failed(null, "not a JSON object");
    }
    String id = textOf(node, "id");
    if (id == null) {
      return failed(null, NO_ID);
    }
    String text = textOf(node, "text");
    if (text == null) {
      return failed(id, NO_TEXT);
    }
    TextCheck.Result r = check.check(text);
    if (r.isFailure()) {
      return failed(id, r.failure());
    }
    LocalDate date = published;
    String pub = textOf(node, "published");
    if (pub != null && !pub.isBlank()) {
      try {
        date = LocalDate.parse(pub.length() > 10 ? pub.substring(0, 10) : pub);
      } catch (DateTimeParseException e) {
        return failed(id, "\"published\" is not an ISO date (YYYY-MM-DD): " + pub);
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
    return new ArticleLine(article, id, textOf(node, "byline"), null);
  }

  /** Whether the line failed for want of its {@code id} or its {@code text}. */
  public boolean isMissingField() {
    return NO_ID.equals(failure) || NO_TEXT.equals(failure);
  }

  private static ArticleLine failed(String id, String failure) {
    return new ArticleLine(null, id, null, failure);
  }

  private static String textOf(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
