package org.sitrep.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.sitrep.app.quality.QualityHarness;

/** The shared contract's JSON Schema (draft 2020-12), for validating records in tests. */
public final class ContractSchema {
  private static JsonSchema schema;

  private ContractSchema() {}

  /** Validation messages for {@code record}; empty when it conforms. */
  public static synchronized Set<ValidationMessage> validate(JsonNode record) {
    if (schema == null) {
      try {
        ObjectNode node =
            (ObjectNode)
                new ObjectMapper()
                    .readTree(
                        QualityHarness.shared().resolve("contract/analysis.schema.json").toFile());
        // the contract's $id is a bare name, not a URI; the validator needs none to resolve $defs
        node.remove("$id");
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema.validate(record);
  }
}
