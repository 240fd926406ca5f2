package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** JSON Lines records read into articles, or the reason they are none. */
class ArticleLineTest {
  private static final TextCheck CHECK = new TextCheck(1000);

  @Test
  void readsTheContractInputForm() {
    ArticleLine l =
        ArticleLine.parse(
            "{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\",\"published\":\"2022-03-01T10:00Z\","
                + "\"title\":\"T\",\"source\":\"S\",\"url\":\"u\",\"language\":\"en\","
                + "\"byline\":\"B\"}",
            CHECK,
            null);
    assertThat(l.failure()).isNull();
    assertThat(l.id()).isEqualTo("a");
    assertThat(l.article().id()).isEqualTo("a");
    assertThat(l.article().text()).isEqualTo("Shelling hit Kharkiv.");
    assertThat(l.article().published()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(l.article().title()).isEqualTo("T");
    assertThat(l.article().source()).isEqualTo("S");
    assertThat(l.article().url()).isEqualTo("u");
    assertThat(l.article().language()).isEqualTo("en");
    assertThat(l.byline()).isEqualTo("B");
  }

  @Test
  void aLineWithoutADateTakesTheCallersDate() {
    LocalDate fallback = LocalDate.of(2018, 2, 4);
    assertThat(ArticleLine.parse("{\"id\":\"a\",\"text\":\"x\"}", CHECK, fallback).article())
        .extracting(a -> a.published())
        .isEqualTo(fallback);
    assertThat(
            ArticleLine.parse("{\"id\":\"a\",\"text\":\"x\",\"published\":\" \"}", CHECK, null)
                .article()
                .published())
        .isNull();
  }

  @Test
  void namesWhatIsWrong() {
    assertThat(ArticleLine.parse("{oops", CHECK, null).failure()).startsWith("not JSON: ");
    assertThat(ArticleLine.parse("[1]", CHECK, null).failure()).isEqualTo("not a JSON object");
    ArticleLine noId = ArticleLine.parse("{\"text\":\"x\"}", CHECK, null);
    assertThat(noId.failure()).isEqualTo("no \"id\" field (required: id, text)");
    assertThat(noId.id()).isNull();
    assertThat(noId.isMissingField()).isTrue();
    ArticleLine noText = ArticleLine.parse("{\"id\":\"b\",\"text\":null}", CHECK, null);
    assertThat(noText.id()).isEqualTo("b");
    assertThat(noText.failure()).isEqualTo("no \"text\" field (required: id, text)");
    assertThat(noText.isMissingField()).isTrue();
    ArticleLine badDate =
        ArticleLine.parse("{\"id\":\"c\",\"text\":\"x\",\"published\":\"March\"}", CHECK, null);
    assertThat(badDate.failure()).isEqualTo("\"published\" is not an ISO date (YYYY-MM-DD): March");
    assertThat(badDate.isMissingField()).isFalse();
    ArticleLine tooLong =
        ArticleLine.parse("{\"id\":\"d\",\"text\":\"" + "x".repeat(2000) + "\"}", CHECK, null);
    assertThat(tooLong.id()).isEqualTo("d");
    assertThat(tooLong.failure()).isEqualTo(CHECK.tooLarge(2000).failure());
    assertThat(ArticleLine.parse("{\"id\":\"e\",\"text\":\"  \"}", CHECK, null).failure())
        .isEqualTo("empty: no text to analyse");
  }
}
