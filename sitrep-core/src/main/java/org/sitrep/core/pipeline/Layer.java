package org.sitrep.core.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of annotation (tokens, times, places, ...). Layers are compared by
 * identity: declare each once as a constant, as {@link org.sitrep.core.pipeline.Layers} does.
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> valueType;

  private Layer(String name, Class<?> valueType) {
    this.name = Objects.requireNonNull(name, "name");
    this.valueType = Objects.requireNonNull(valueType, "valueType");
  }

  /** A new layer key named {@code name} whose values are of raw type {@code valueType}. */
  public static <T> Layer<T> of(String name, Class<?> valueType) {
    return new Layer<>(name, valueType);
  }

  /** The layer's name, as used in error messages. */
  public String name() {
    return name;
  }

  /** The raw type of the layer's value. */
  public Class<?> valueType() {
    return valueType;
  }

  @Override
  public String toString() {
    return name;
  }
}
