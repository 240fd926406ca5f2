package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;

class CoreNlpAnnotatorTest {
  static final String TEXT =
      "Gen. Paul J. Selva told reporters in Washington last week that the group was weakened.\n"
          + "Hundreds surrendered in Raqqa.";

  @Test
  void tokensPointIntoTheUnchangedText() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", TEXT, LocalDate.of(2018, 2, 4)));
    new CoreNlpAnnotator().annotate(a);
    for (Token t : a.get(Layers.TOKENS)) {
      assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
    }
    assertThat(a.get(Layers.SENTENCES)).hasSize(2);
    assertThat(a.get(Layers.NER))
        .anySatisfy(
            m -> {
              assertThat(m.text()).isEqualTo("Paul J. Selva");
              assertThat(m.type()).isEqualTo("PERSON");
            });
    assertThat(a.get(Layers.SUTIME)).anySatisfy(t -> assertThat(t.text()).isEqualTo("last week"));
  }

  @Test
  void aPartyStateLabelDoesNotEndTheSentence() {
    // the tokenizer splits "R-S.C." into "R-S.C" + "." and ends a sentence there
    String text = "Sen. Mark Wells, R-S.C., said the troops would stay. They left in May.";
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, LocalDate.of(2018, 2, 4)));
    new CoreNlpAnnotator().annotate(a);
    assertThat(a.get(Layers.SENTENCES)).hasSize(2);
    assertThat(a.get(Layers.SENTENCES).get(0).end()).isEqualTo(text.indexOf(" They"));
    assertThat(a.get(Layers.TOKENS)).extracting(Token::word).contains("R-S.C.");
    for (Token t : a.get(Layers.TOKENS)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
    }
  }
}
