package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.text.Span;

class EstimateKeyTest {
  private static Place place(String name, String cc, String text, String... mentions) {
    List<Span> spans =
        java.util.Arrays.stream(mentions)
            .map(
                m -> {
                  int i = text.indexOf(m);
                  return new Span(i, i + m.length(), m);
                })
            .toList();
    return new Place(name, name, null, null, null, cc, null, "city", spans, "t", null);
  }

  @Test
  void differentWordingsOfTheSameCountAgree() {
    assertThat(EstimateKey.normalise("ISIS Fighters fled")).isEqualTo("fighter fled");
    assertThat(EstimateKey.normalise("Islamic State foreign fighters and family members fled"))
        .isEqualTo("fighter fled");
    assertThat(EstimateKey.normalise("civilian casualties")).isEqualTo("casualty");
    assertThat(EstimateKey.normalise("people killed")).isEqualTo("people killed");
    assertThat(EstimateKey.normalise("people killed")).isNotEqualTo("people wounded");
    assertThat(EstimateKey.of(null, null)).isNull();
  }

  @Test
  void whereIsTheSentencesPlaceElseTheArticlesMainPlace() {
    String text =
        "Fighting went on in Raqqa and Raqqa again. In Mosul, about 400 fighters fled. Later 30"
            + " people were hurt.";
    Place raqqa = place("Raqqa", "SY", text, "Raqqa", "Raqqa again");
    Place mosul = place("Mosul", "IQ", text, "Mosul");
    int at = text.indexOf("about 400");
    Quantity fled =
        new Quantity(at, at + 9, "about 400", 360.0, 440.0, null, "fighters", true, null, "t");
    assertThat(EstimateKey.placeOf(fled, List.of(raqqa, mosul), text)).isEqualTo(mosul);
    int hurt = text.indexOf("30");
    Quantity people =
        new Quantity(hurt, hurt + 2, "30", 30.0, 30.0, null, "people hurt", false, null, "t");
    assertThat(EstimateKey.placeOf(people, List.of(raqqa, mosul), text)).isEqualTo(raqqa);
    assertThat(EstimateKey.of("fighters fled", mosul)).isEqualTo("fighter fled|IQ");
  }
}
