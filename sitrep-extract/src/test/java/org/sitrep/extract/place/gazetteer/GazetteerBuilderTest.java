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

  /** A grid of places around a centre, {lat, lon}. */
  private static List<double[]> grid(double lat, double lon, int n, double step) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new double[] {lat + (i % 10) * step, lon + (i / 10) * step});
    }
    return out;
  }

  @Test
  void aTownMisfiledDeepInAnotherDivisionDoesNotDragTheBox() {
    List<double[]> division = grid(32, 118, 200, 0.15); // 32-33.35 N, 118-120.85 E
    List<double[]> other = grid(36, 100, 200, 0.1); // another division, 1,800 km west
    double[] misfiled = {36.5, 100.5}; // filed under the first division, among the other's towns
    division.add(misfiled);
    List<double[]> country = new ArrayList<>(division);
    country.addAll(other);
    double[] m = GazetteerBuilder.middle(division, country);
    assertThat(m[0]).isCloseTo(32.675, within(1e-9));
    assertThat(m[1]).isCloseTo(119.425, within(1e-9));
    // without the country's other places there is no evidence of misfiling: the whole box
    double[] whole = GazetteerBuilder.middle(division);
    assertThat(whole[1]).isCloseTo((100.5 + 120.85) / 2, within(1e-9));
  }

  @Test
  void aMisfiledGroupOfVillagesIsNotItsOwnEvidence() {
    List<double[]> division = grid(29, 106, 300, 0.2);
    List<double[]> other = grid(28, 120, 100, 0.05);
    List<double[]> group = grid(28.2, 120.2, 7, 0.02); // seven villages filed together far east
    division.addAll(group);
    List<double[]> country = new ArrayList<>(division);
    country.addAll(other);
    double[] m = GazetteerBuilder.middle(division, country);
    assertThat(m[1]).isCloseTo(106 + 29 * 0.2 / 2, within(1e-9));
  }

  @Test
  void aRemoteTownOfALargeDivisionStaysInTheBox() {
    List<double[]> division = grid(49, -97, 100, 0.1); // the populated south
    double[] remote = {58.8, -94.2}; // a northern town, 1,000 km away
    division.add(remote);
    List<double[]> neighbour = grid(62, -94, 20, 0.2); // a few places of the next division north
    List<double[]> country = new ArrayList<>(division);
    country.addAll(neighbour);
    double[] m = GazetteerBuilder.middle(division, country);
    assertThat(m[0]).isCloseTo((49 + 58.8) / 2, within(1e-9));
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
