package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerBuilderTest {

  @Test
  void aDivisionsPointIsTheMiddleOfItsWholeBoxNotOfItsDenseSouth() {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      points.add(new double[] {42 + (i % 10) * 0.2, -80 - (i % 7) * 0.2});
    }
    points.add(new double[] {56, -88}); // one sparse northern settlement
    double[] m = GazetteerBuilder.middle(points);
    assertThat(m[0]).isCloseTo(49.0, within(1e-9));
    assertThat(m[1]).isCloseTo(-84.0, within(1e-9));
  }

  @Test
  void anIslandFarAbroadDoesNotMoveThePoint() {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      points.add(new double[] {-33 + (i % 5) * 0.2, -71.6 + (i % 3) * 0.2});
    }
    points.add(new double[] {-27.1, -109.4}); // an island 3,700 km off the coast
    double[] m = GazetteerBuilder.middle(points);
    assertThat(m[0]).isCloseTo(-32.6, within(1e-9));
    assertThat(m[1]).isCloseTo(-71.4, within(1e-9));
  }

  @Test
  void aSecondLevelDivisionIsAlsoNamedWithoutItsOpeningWord() {
    assertThat(GazetteerBuilder.divisionStems("Province du Yagha")).containsExactly("Yagha");
    assertThat(GazetteerBuilder.divisionStems("Département de la Comoé")).containsExactly("Comoé");
    assertThat(GazetteerBuilder.divisionStems("Province of Pangasinan"))
        .containsExactly("Pangasinan");
    assertThat(GazetteerBuilder.divisionStems("Barrow County")).containsExactly("Barrow");
    // a division word that is the name itself, or not at its head, stays
    assertThat(GazetteerBuilder.divisionStems("Region Hannover")).isEmpty();
    assertThat(GazetteerBuilder.divisionStems("Yagha")).isEmpty();
  }
}
