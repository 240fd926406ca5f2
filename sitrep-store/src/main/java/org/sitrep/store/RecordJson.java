package org.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.core.model.AnalysisRecord;

/** The JSON form of analysis records: snake_case fields, whole numbers without a fraction. */
public final class RecordJson {
  private static final ObjectMapper MAPPER = create();

  private RecordJson() {}

  /** The configured mapper, shared (ObjectMapper is thread-safe once configured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One record as a single JSON line (no trailing newline). */
  public static String line(AnalysisRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write record " + record.document().id(), e);
    }
  }

  private static ObjectMapper create() {
    SimpleModule numbers = new SimpleModule("sitrep-numbers");
    numbers.addSerializer(Double.class, new WholeDoubleSerializer());
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .registerModule(numbers);
  }

  /** Writes 36.0 as 36 and keeps fractions as they are. */
  static final class WholeDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    WholeDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      double v = value;
      if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
        gen.writeNumber((long) v);
      } else {
        gen.writeNumber(v);
      }
    }
  }
}
