package org.sitrep.core.pipeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.article.Article;

/** An article with the layers the pipeline has added to it so far. */
public final class AnnotatedArticle {
  private final Article article;
  private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();

  /** Starts with no layers. */
  public AnnotatedArticle(Article article) {
    this.article = article;
  }

  /** The article being annotated. */
  public Article article() {
    return article;
  }

  /** The article text, unchanged. */
  public String text() {
    return article.text();
  }

  /** The value of {@code layer}; fails when it has not been provided yet (a pipeline bug). */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException(
          "layer '" + layer.name() + "' has not been provided for article " + article.id());
    }
    return (T) value;
  }

  /** The value of {@code layer} if present. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  /** The list value of {@code layer}, or an empty list when absent. */
  @SuppressWarnings("unchecked")
  public <E> List<E> list(Layer<List<E>> layer) {
    Object value = layers.get(layer);
    return value == null ? List.of() : (List<E>) value;
  }

  /** Sets the value of {@code layer}; a value must be of the layer's declared type. */
  public <T> void put(Layer<T> layer, T value) {
    if (!layer.valueType().isInstance(value)) {
      throw new IllegalArgumentException(
          "layer '"
              + layer.name()
              + "' takes "
              + layer.valueType().getSimpleName()
              + ", got "
              + value);
    }
    layers.put(layer, value);
  }

  /** Whether {@code layer} has been provided. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }
}
