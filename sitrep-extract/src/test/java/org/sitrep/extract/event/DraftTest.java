package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.PlaceRef;

class DraftTest {
  private static Draft draft(AcledType type, String date, String place) {
    Draft d = new Draft(type, Cue.BOMB);
    d.date = date == null ? null : new DateRef(date, date);
    d.place = place == null ? null : new PlaceRef(place, null, null, null);
    return d;
  }

  @Test
  void compatibleNeedsTheSameTypeAndNoContradiction() {
    Draft a = draft(AcledType.AIR_DRONE_STRIKE, "2018-01", null);
    assertThat(a.compatible(draft(AcledType.AIR_DRONE_STRIKE, "2018-01-20", "Al Shafah"))).isTrue();
    assertThat(a.compatible(draft(AcledType.AIR_DRONE_STRIKE, "2017-12", null))).isFalse();
    assertThat(a.compatible(draft(AcledType.SUICIDE_BOMB, "2018-01", null))).isFalse();
    Draft b = draft(AcledType.REMOTE_EXPLOSIVE, null, "Lima");
    assertThat(b.compatible(draft(AcledType.REMOTE_EXPLOSIVE, null, "Bogota"))).isFalse();
  }

  @Test
  void absorbKeepsTheMorePreciseDate() {
    Draft a = draft(AcledType.AIR_DRONE_STRIKE, "2018-01", null);
    a.absorb(draft(AcledType.AIR_DRONE_STRIKE, "2018-01-20", "Al Shafah"));
    assertThat(a.date.value()).isEqualTo("2018-01-20");
    assertThat(a.place.name()).isEqualTo("Al Shafah");
  }

  @Test
  void mergeJoinsAnaphoraButNotOtherPlaces() {
    Draft first = draft(AcledType.REMOTE_EXPLOSIVE, "2018-01-05", "Lima");
    Draft anaphor = draft(AcledType.REMOTE_EXPLOSIVE, null, null);
    anaphor.definite = true;
    Draft other = draft(AcledType.REMOTE_EXPLOSIVE, "2018-01-06", "Cusco");
    assertThat(EventCoder.merge(List.of(first, anaphor, other))).hasSize(2);
  }

  @Test
  void acronymsAreReadFromTheirDefinition() {
    assertThat(
            EventCoder.acronyms(
                "members of the farabundo marti national liberation front (fmln) attacked"))
        .containsEntry("farabundo marti national liberation front", "fmln");
    assertThat(EventCoder.acronyms("the army (which denied it)")).isEmpty();
    assertThat(EventCoder.acronyms("the manuel rodriguez patriotic front, fpmr, said"))
        .containsEntry("manuel rodriguez patriotic front", "fpmr");
    assertThat(EventCoder.acronyms("in san salvador, the capital, today")).isEmpty();
  }

  @Test
  void everyTaxonomyEntryHasATypeSubTypeAndDefinition() {
    for (AcledType t : AcledType.values()) {
      assertThat(t.type()).isNotBlank();
      assertThat(t.subType()).isNotBlank();
      assertThat(t.definition()).isNotBlank();
    }
    assertThat(AcledType.values())
        .extracting(AcledType::type)
        .contains(
            "Battles",
            "Explosions/Remote violence",
            "Violence against civilians",
            "Protests",
            "Riots",
            "Strategic developments");
  }
}
