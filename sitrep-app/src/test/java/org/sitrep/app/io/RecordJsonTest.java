package org.sitrep.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Certainty;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimFacts;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Document;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.QuoteKind;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.text.Span;

/** Every part of the record model, filled in, validates against the shared contract schema. */
class RecordJsonTest {
  static final String TEXT = "Gen. Selva said 36 died in Baghdad on Jan. 20.";

  static AnalysisRecord full() {
    Span selva = Span.of(TEXT, 5, 10);
    Source src = new Source("Paul J. Selva", "e1", "vice chairman");
    return new AnalysisRecord(
        Document.of(Article.of("x", TEXT, java.time.LocalDate.of(2018, 2, 4))),
        List.of(
            new Entity(
                "e1",
                "PERSON",
                "Paul J. Selva",
                List.of("Selva"),
                List.of(),
                List.of(selva),
                "entity.v1")),
        List.of(
            new Quote(
                16,
                45,
                TEXT.substring(16, 45),
                QuoteKind.INDIRECT,
                src,
                "said",
                null,
                List.of(),
                "quote.v1")),
        List.of(new TimeExpression(38, 45, "Jan. 20", TimexType.DATE, "2018-01-20", "time.v1")),
        List.of(
            new Quantity(16, 18, "36", 36.0, 36.0, null, "people killed", false, src, "quantity.v1")
                .withClaim("c1", Certainty.DENIED)),
        List.of(
            new Place(
                "p1",
                "Baghdad",
                98182L,
                33.34,
                44.40,
                "IQ",
                "Baghdad",
                "city",
                List.of(Span.of(TEXT, 27, 34)),
                "place.v1",
                null)),
        List.of(
            new Event(
                    "ev1",
                    "Explosions/Remote violence",
                    "Suicide bomb",
                    new DateRef("2018-01-20", "Jan. 20"),
                    new PlaceRef("Baghdad", 33.34, 44.40, 98182L),
                    List.of(new Actor("Islamic State", null, "perpetrator")),
                    Range.point(36),
                    new Range(90.0, null),
                    src,
                    List.of(Span.of(TEXT, 0, 46)),
                    List.of("car bomb"),
                    false,
                    "event.v1")
                .withClaim("c1", Certainty.DENIED)),
        List.of(
            new Movement(
                "fighters",
                new Range(null, 1000.0),
                new PlaceRef("Syria", 35.0, 38.0, 163843L),
                null,
                null,
                null,
                List.of(Span.of(TEXT, 0, 10)),
                "movement.v1")),
        List.of(
            new Claim(16, 45, TEXT.substring(16, 45), src, "said", Certainty.DENIED, "claim.v1")
                .linked("c1", new ClaimFacts(List.of(0), List.of("ev1"), List.of()))));
  }

  static Set<ValidationMessage> validate(JsonNode record) {
    return ContractSchema.validate(record);
  }

  @Test
  void fullRecordMatchesTheContract() throws Exception {
    JsonNode json = RecordJson.mapper().readTree(RecordJson.line(full()));
    assertThat(validate(json)).isEmpty();
    assertThat(json.at("/events/0/sub_type").asText()).isEqualTo("Suicide bomb");
    assertThat(json.at("/places/0/geonames_id").asLong()).isEqualTo(98182L);
    assertThat(json.at("/quotes/0/kind").asText()).isEqualTo("indirect");
    assertThat(json.at("/claims/0/certainty").asText()).isEqualTo("denied");
    assertThat(json.at("/claims/0/id").asText()).isEqualTo("c1");
    assertThat(json.at("/claims/0/facts/events/0").asText()).isEqualTo("ev1");
    assertThat(json.at("/quantities/0/claim").asText()).isEqualTo("c1");
    assertThat(json.at("/quantities/0/certainty").asText()).isEqualTo("denied");
    assertThat(json.at("/events/0/certainty").asText()).isEqualTo("denied");
    // a fact outside every claim: null claim and certainty, present in the record
    assertThat(json.at("/movements/0").has("claim")).isTrue();
    assertThat(json.at("/movements/0/certainty").isNull()).isTrue();
    assertThat(json.at("/quantities/0/low").isIntegralNumber()).isTrue();
    assertThat(json.at("/events/0/injured/high").isNull()).isTrue();
  }

  @Test
  void schemaCatchesAContractViolation() throws Exception {
    JsonNode json = RecordJson.mapper().readTree(RecordJson.line(full()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("places");
    assertThat(validate(json)).isNotEmpty();
  }
}
