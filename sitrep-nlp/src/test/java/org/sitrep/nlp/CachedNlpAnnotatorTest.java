package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.article.Article;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layers;

class CachedNlpAnnotatorTest {
  @TempDir Path dir;

  private final AtomicInteger parses = new AtomicInteger();

  private CachedNlpAnnotator cache() {
    return new CachedNlpAnnotator(
        dir,
        CoreNlpConfig.DEFAULT,
        () -> {
          Annotator real = new CoreNlpAnnotator();
          return new CountingAnnotator(real, parses);
        });
  }

  private static AnnotatedArticle article(String text, LocalDate published) {
    return new AnnotatedArticle(Article.of("t", text, published));
  }

  @Test
  void aSecondRunReadsTheSameLayersWithoutParsing() {
    LocalDate dct = LocalDate.of(2018, 2, 4);
    AnnotatedArticle parsed = article(CoreNlpAnnotatorTest.TEXT, dct);
    cache().annotate(parsed);
    assertThat(parses).hasValue(1);

    AnnotatedArticle cached = article(CoreNlpAnnotatorTest.TEXT, dct);
    cache().annotate(cached);
    assertThat(parses).hasValue(1);
    assertThat(cached.get(Layers.TOKENS)).isEqualTo(parsed.get(Layers.TOKENS));
    assertThat(cached.get(Layers.SENTENCES)).isEqualTo(parsed.get(Layers.SENTENCES));
    assertThat(cached.get(Layers.NER)).isEqualTo(parsed.get(Layers.NER));
    assertThat(cached.get(Layers.SUTIME)).isEqualTo(parsed.get(Layers.SUTIME));
  }

  @Test
  void anotherPublicationDateIsParsedAgain() {
    cache().annotate(article(CoreNlpAnnotatorTest.TEXT, LocalDate.of(2018, 2, 4)));
    cache().annotate(article(CoreNlpAnnotatorTest.TEXT, LocalDate.of(2019, 2, 4)));
    cache().annotate(article(CoreNlpAnnotatorTest.TEXT, null));
    assertThat(parses).hasValue(3);
  }

  @Test
  void aDamagedEntryIsParsedAgainAndRepaired() throws IOException {
    LocalDate dct = LocalDate.of(2018, 2, 4);
    cache().annotate(article(CoreNlpAnnotatorTest.TEXT, dct));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "not gzip");
      }
    }
    AnnotatedArticle again = article(CoreNlpAnnotatorTest.TEXT, dct);
    cache().annotate(again);
    assertThat(parses).hasValue(2);
    assertThat(again.get(Layers.TOKENS)).isNotEmpty();
    cache().annotate(article(CoreNlpAnnotatorTest.TEXT, dct));
    assertThat(parses).hasValue(2);
  }

  private record CountingAnnotator(Annotator real, AtomicInteger count) implements Annotator {
    @Override
    public String name() {
      return real.name();
    }

    @Override
    public java.util.Set<org.sitrep.core.pipeline.Layer<?>> requires() {
      return real.requires();
    }

    @Override
    public java.util.Set<org.sitrep.core.pipeline.Layer<?>> provides() {
      return real.provides();
    }

    @Override
    public void annotate(AnnotatedArticle article) {
      count.incrementAndGet();
      real.annotate(article);
    }
  }
}
