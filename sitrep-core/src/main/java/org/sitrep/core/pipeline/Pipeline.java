package org.sitrep.core.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.core.article.Article;

/**
 * An ordered list of annotators whose layer contracts have been checked: every layer an annotator
 * requires is provided by one before it. Immutable and safe to share between threads.
 */
public final class Pipeline {
  private final List<Annotator> annotators;

  private Pipeline(List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
  }

  /** A builder for a checked pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /** The annotators in the order they run. */
  public List<Annotator> annotators() {
    return annotators;
  }

  /** Runs every annotator on {@code article} and returns the annotated result. */
  public AnnotatedArticle run(Article article) {
    AnnotatedArticle annotated = new AnnotatedArticle(article);
    for (Annotator annotator : annotators) {
      annotator.annotate(annotated);
      for (Layer<?> layer : annotator.provides()) {
        if (!annotated.has(layer)) {
          throw new IllegalStateException(
              annotator.name() + " declares layer '" + layer.name() + "' but did not provide it");
        }
      }
    }
    return annotated;
  }

  /** Collects annotators and checks their contracts on {@link #build()}. */
  public static final class Builder {
    private final List<Annotator> annotators = new ArrayList<>();

    private Builder() {}

    /** Appends {@code annotator}; order matters. */
    public Builder add(Annotator annotator) {
      annotators.add(annotator);
      return this;
    }

    /**
     * Checks that every required layer is provided earlier and that no layer is provided twice.
     *
     * @throws PipelineException naming the annotator and the missing or duplicated layer
     */
    public Pipeline build() {
      Map<Layer<?>, String> providedBy = new LinkedHashMap<>();
      for (Annotator annotator : annotators) {
        Set<Layer<?>> missing =
            annotator.requires().stream()
                .filter(layer -> !providedBy.containsKey(layer))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
          throw new PipelineException(
              annotator.name()
                  + " requires layer(s) "
                  + missing.stream().map(Layer::name).sorted().collect(Collectors.joining(", "))
                  + " that no earlier annotator provides"
                  + (providedBy.isEmpty()
                      ? ""
                      : " (provided so far: "
                          + providedBy.keySet().stream()
                              .map(Layer::name)
                              .collect(Collectors.joining(", "))
                          + ")"));
        }
        for (Layer<?> layer : annotator.provides()) {
          String previous = providedBy.putIfAbsent(layer, annotator.name());
          if (previous != null) {
            throw new PipelineException(
                "layer '"
                    + layer.name()
                    + "' is provided by both "
                    + previous
                    + " and "
                    + annotator.name());
          }
        }
      }
      return new Pipeline(Collections.unmodifiableList(annotators));
    }
  }
}
