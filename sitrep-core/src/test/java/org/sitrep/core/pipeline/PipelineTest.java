package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;

class PipelineTest {
  static final Layer<List<String>> WORDS = Layer.of("words", List.class);
  static final Layer<Integer> COUNT = Layer.of("count", Integer.class);

  record Step(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, Runnable body)
      implements Annotator {
    @Override
    public void annotate(AnnotatedArticle article) {
      body.run();
    }
  }

  static Annotator splitter() {
    return new Annotator() {
      public String name() {
        return "split.v1";
      }

      public Set<Layer<?>> requires() {
        return Set.of();
      }

      public Set<Layer<?>> provides() {
        return Set.of(WORDS);
      }

      public void annotate(AnnotatedArticle a) {
        a.put(WORDS, List.of(a.text().split(" ")));
      }
    };
  }

  static Annotator counter() {
    return new Annotator() {
      public String name() {
        return "count.v1";
      }

      public Set<Layer<?>> requires() {
        return Set.of(WORDS);
      }

      public Set<Layer<?>> provides() {
        return Set.of(COUNT);
      }

      public void annotate(AnnotatedArticle a) {
        a.put(COUNT, a.get(WORDS).size());
      }
    };
  }

  @Test
  void runsAnnotatorsInOrder() {
    Pipeline p = Pipeline.builder().add(splitter()).add(counter()).build();
    AnnotatedArticle a = p.run(Article.of("x", "one two three", null));
    assertThat(a.get(COUNT)).isEqualTo(3);
  }

  @Test
  void rejectsMissingLayerAndNamesIt() {
    assertThatThrownBy(() -> Pipeline.builder().add(counter()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("count.v1")
        .hasMessageContaining("words");
  }

  @Test
  void rejectsLayerProvidedTwice() {
    assertThatThrownBy(() -> Pipeline.builder().add(splitter()).add(splitter()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("provided by both");
  }

  @Test
  void failsWhenDeclaredLayerNotProvided() {
    Annotator liar = new Step("liar.v1", Set.of(), Set.of(WORDS), () -> {});
    Pipeline p = Pipeline.builder().add(liar).build();
    assertThatThrownBy(() -> p.run(Article.of("x", "t", null)))
        .hasMessageContaining("liar.v1")
        .hasMessageContaining("words");
  }

  @Test
  void putChecksLayerType() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("x", "t", null));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Layer<Object> raw = (Layer) COUNT;
    assertThatThrownBy(() -> a.put(raw, "not a number")).hasMessageContaining("count");
  }
}
