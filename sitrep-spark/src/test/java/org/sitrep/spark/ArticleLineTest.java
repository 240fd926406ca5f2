package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.TextCheck;

/** Input lines read as sitrep analyze reads them. */
class ArticleLineTest {
  private static final TextCheck CHECK = new TextCheck(1000);

  @Test
  void readsTheContractInputForm() {
    ArticleLine l =
        ArticleLine.parse(
            "{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\",\"published\":\"2022-03-01T10:00Z\","
                + "\"title\":\"T\"}",
            CHECK);
    assertThat(l.failure()).isNull();
    assertThat(l.article().id()).isEqualTo("a");
    assertThat(l.article().published()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(l.article().title()).isEqualTo("T");
  }

  @Test
  void namesWhatIsWrong() {
    assertThat(ArticleLine.parse("{oops", CHECK).failure()).startsWith("not JSON");
    assertThat(ArticleLine.parse("[1]", CHECK).failure()).isEqualTo("not a JSON object");
    assertThat(ArticleLine.parse("{\"text\":\"x\"}", CHECK).failure()).contains("\"id\"");
    ArticleLine noText = ArticleLine.parse("{\"id\":\"b\"}", CHECK);
    assertThat(noText.id()).isEqualTo("b");
    assertThat(noText.failure()).contains("\"text\"");
    assertThat(
            ArticleLine.parse("{\"id\":\"c\",\"text\":\"x\",\"published\":\"March\"}", CHECK)
                .failure())
        .contains("ISO date");
    assertThat(ArticleLine.parse("{\"id\":\"d\",\"text\":\"" + "x".repeat(2000) + "\"}", CHECK))
        .extracting(ArticleLine::failure)
        .isNotNull();
  }
}
