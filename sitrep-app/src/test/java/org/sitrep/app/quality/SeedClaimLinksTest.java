package org.sitrep.app.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Certainty;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Source;
import org.sitrep.core.pipeline.Layers;

/**
 * The example article's figures point to the claims that state them, checked against its hand
 * annotation: a figure inside a statement the gold attributes (or a gold quote) links to a claim by
 * that source; a figure the gold attributes to no one links to none.
 */
class SeedClaimLinksTest {
  static String text;
  static JsonNode gold;
  static AnalysisRecord record;

  @BeforeAll
  static void analyse() throws Exception {
    Path dir = QualityHarness.shared().resolve("examples/isis-fighters-flee");
    text = Files.readString(dir.resolve("article.txt"));
    gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
    record =
        Layers.record(
            QualityHarness.pipeline().run(Article.of("seed", text, LocalDate.of(2018, 2, 4))));
  }

  /** The system quantity overlapping the first occurrence of {@code figure} in the article. */
  static Optional<Quantity> quantityAt(String figure) {
    int at = text.indexOf(figure);
    assertThat(at).as(figure).isGreaterThanOrEqualTo(0);
    int end = at + figure.length();
    return record.quantities().stream().filter(q -> q.start() < end && at < q.end()).findFirst();
  }

  static Claim claim(String id) {
    return record.claims().stream()
        .filter(c -> id.equals(c.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + id));
  }

  static boolean sameSource(String goldSource, Source source) {
    if (source == null) {
      return false;
    }
    String g = goldSource.toLowerCase(Locale.ROOT);
    for (String s : new String[] {source.name(), source.description()}) {
      if (s != null) {
        String l = s.toLowerCase(Locale.ROOT);
        if (!l.isBlank() && (l.contains(g) || g.contains(l))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Gold figures inside an attributed statement or a quote, with the gold source. */
  static Map<String, String> attributedFigures() {
    Map<String, String> out = new LinkedHashMap<>();
    List<String[]> statements = new ArrayList<>();
    gold.get("attributions")
        .forEach(
            a ->
                statements.add(new String[] {a.get("content").asText(), a.get("source").asText()}));
    gold.get("quotes")
        .forEach(
            q -> statements.add(new String[] {q.get("text").asText(), q.get("speaker").asText()}));
    for (JsonNode q : gold.get("quantities")) {
      String figure = q.get("text").asText();
      for (String[] s : statements) {
        // one figure per place in the text: an alias ("About 295" of "About 295 Americans") repeats
        // it
        if (s[0].contains(figure)
            && out.keySet().stream().noneMatch(f -> f.contains(figure) || figure.contains(f))) {
          out.put(figure, s[1]);
        }
      }
    }
    return out;
  }

  @Test
  void figuresInAttributedStatementsPointToAClaimByTheirSource() {
    Map<String, String> figures = attributedFigures();
    assertThat(figures).hasSizeGreaterThanOrEqualTo(6);
    List<String> right = new ArrayList<>();
    for (Map.Entry<String, String> f : figures.entrySet()) {
      Optional<Quantity> q = quantityAt(f.getKey());
      if (q.isPresent()
          && q.get().claim() != null
          && sameSource(f.getValue(), claim(q.get().claim()).source())) {
        right.add(f.getKey());
      }
    }
    // reached 7 of 8 (the "are believed" figure's claim has no source named)
    assertThat(right.size())
        .as("linked to the right source: " + right)
        .isGreaterThanOrEqualTo(figures.size() - 2);
  }

  @Test
  void aFigureTheGoldAttributesToNoOneIsTheArticlesOwn() {
    // a figure asked about in a reporter's question: no attribution or quote of the gold holds it
    String figure = null;
    for (JsonNode q : gold.get("quantities")) {
      if (q.get("text").asText().startsWith("as many as 1,000")) {
        figure = q.get("text").asText();
      }
    }
    assertThat(figure).isNotNull();
    assertThat(attributedFigures()).doesNotContainKey(figure);
    Quantity q = quantityAt(figure).orElseThrow();
    assertThat(q.claim()).isNull();
    assertThat(q.certainty()).isNull();
  }

  @Test
  void aHedgedStatementPassesItsCertaintyToItsFigure() {
    String figure = null;
    for (JsonNode a : gold.get("attributions")) {
      String content = a.get("content").asText();
      if (content.contains(" believed ")) {
        for (JsonNode q : gold.get("quantities")) {
          if (content.startsWith(q.get("text").asText())) {
            figure = q.get("text").asText();
          }
        }
      }
    }
    assertThat(figure).isNotNull();
    Quantity q = quantityAt(figure).orElseThrow();
    assertThat(q.claim()).isNotNull();
    assertThat(q.certainty()).isEqualTo(Certainty.BELIEVED);
  }

  @Test
  void factsAndClaimsPointToEachOther() {
    List<Quantity> qs = record.quantities();
    List<Movement> ms = record.movements();
    int linked = 0;
    for (Claim c : record.claims()) {
      assertThat(c.id()).isNotNull();
      for (int i : c.facts().quantities()) {
        assertThat(qs.get(i).claim()).isEqualTo(c.id());
        linked++;
      }
      for (int i : c.facts().movements()) {
        assertThat(ms.get(i).claim()).isEqualTo(c.id());
        linked++;
      }
      for (String id : c.facts().events()) {
        assertThat(record.events())
            .filteredOn(e -> e.id().equals(id))
            .extracting(Event::claim)
            .containsExactly(c.id());
        linked++;
      }
    }
    int pointing = 0;
    for (Quantity q : qs) {
      if (q.claim() != null) {
        pointing++;
        assertThat(q.certainty()).isEqualTo(claim(q.claim()).certainty());
        assertThat(q.source()).isEqualTo(claim(q.claim()).source());
      }
    }
    for (Event e : record.events()) {
      if (e.claim() != null) {
        pointing++;
        assertThat(e.certainty()).isEqualTo(claim(e.claim()).certainty());
        assertThat(e.source()).isEqualTo(claim(e.claim()).source());
      }
    }
    for (Movement m : ms) {
      if (m.claim() != null) {
        pointing++;
        assertThat(m.certainty()).isEqualTo(claim(m.claim()).certainty());
        assertThat(Objects.equals(m.source(), claim(m.claim()).source())).as(m.who()).isTrue();
      }
    }
    assertThat(pointing).isEqualTo(linked).isPositive();
  }
}
