package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void placesScatteredFarFromTheirMedianPointStillGiveTheirBox() {
    // the median point (40 N, 30 E) lies over 2,000 km from each of the three places
    List<double[]> points =
        List.of(new double[] {0, 60}, new double[] {40, 0}, new double[] {80, 30});
    double[] m = GazetteerBuilder.middle(points);
    assertThat(m[0]).isCloseTo(40.0, within(1e-9));
    assertThat(m[1]).isCloseTo(30.0, within(1e-9));
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

  static final GazetteerEntry OHIO =
      new GazetteerEntry(null, "Ohio", 40.25, -83.0, "US", "OH", FeatureKind.ADMIN1, "ADM1", 0);
  static final GazetteerEntry OSSETIA =
      new GazetteerEntry(
          null, "South Ossetia", 42.23, 43.97, "GE", "", FeatureKind.REGION, "RGN", 0);
  static final GazetteerEntry TSKHINVALI =
      new GazetteerEntry(
          611403L, "Tskhinvali", 42.23, 43.97, "GE", "", FeatureKind.CITY, "PPLA", 30000);
  static final GazetteerEntry GEORGIA =
      new GazetteerEntry(null, "Georgia", 42.0, 43.5, "GE", "", FeatureKind.COUNTRY, "PCLI", 0);

  static final String DEMONYM_HEADER = "demonym\tplural\tcountry\tadmin1\tregion\tsource\n";

  /** A builder with a state, a region, a city of the region's name and a country. */
  static Gazetteer.Builder places() {
    return Gazetteer.builder()
        .add(OHIO, List.of())
        .add(TSKHINVALI, List.of("South Ossetia"))
        .add(OSSETIA, List.of())
        .addWithDemonyms(GEORGIA, List.of(), List.of("Georgian", "Georgians"));
  }

  @Test
  void theDemonymTableGivesDivisionsAndRegionsTheirDemonyms(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("d.tsv");
    Files.writeString(
        tsv,
        "# a comment\n"
            + DEMONYM_HEADER
            + "Ohioan\tOhioans\tUS\tOH\t\tGPO Style Manual 5.23\n"
            + "\n"
            + "South Ossetian\tSouth Ossetians\tGE\t\tSouth Ossetia\tWikipedia\n");
    Gazetteer.Builder b = places();
    assertThat(GazetteerBuilder.readDemonyms(tsv, b)).isEqualTo(2);
    Gazetteer g = b.build();
    assertThat(g.demonym("ohioans")).containsExactly(OHIO);
    assertThat(g.demonym("ohioan")).containsExactly(OHIO);
    // the region, not the more populous city of the same name
    assertThat(g.demonym(NameKeys.key("South Ossetians"))).containsExactly(OSSETIA);
    assertThat(g.demonym("georgians")).containsExactly(GEORGIA);
    assertThat(g.demonym("ohio")).isEmpty();
  }

  @Test
  void aMalformedDemonymRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("d.tsv");
    for (String[] bad :
        new String[][] {
          {"Ohioan\tOhioans\tUS\tOH\t\t\n", "row without a source"},
          {"Ohioan\tOhioans\tUS\tOH\tsrc\n", "5 columns, expected 6"},
          {"Texan\tTexans\tUS\tTX\t\tsrc\n", "no division TX in country US"},
          {"Ossetian\t\tGE\t\tNorth Ossetia\tsrc\n", "no region \"North Ossetia\""},
          {"Ohioan\t\tUS\tOH\tOhio\tsrc\n", "either an admin1 code or a region"},
          {"Georgian\tGeorgians\tUS\tOH\t\tsrc\n", "\"Georgian\" is already a demonym"}
        }) {
      Files.writeString(tsv, "# comment\n" + DEMONYM_HEADER + bad[0]);
      assertThatThrownBy(() -> GazetteerBuilder.readDemonyms(tsv, places()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(tsv + ":3: ")
          .hasMessageContaining(bad[1]);
    }
    Files.writeString(tsv, "demonym\tsource\n");
    assertThatThrownBy(() -> GazetteerBuilder.readDemonyms(tsv, places()))
        .hasMessageStartingWith(tsv + ":1: header must be");
    assertThatThrownBy(() -> GazetteerBuilder.readDemonyms(dir.resolve("none.tsv"), places()))
        .hasMessageContaining("none.tsv: demonym table missing");
  }

  @Test
  void theProjectDemonymTableCitesSourcesAndLeavesOutAmbiguousForms() throws IOException {
    // the committed table, read as setup.sh reads it, against the divisions and regions it names
    Path tsv = Path.of("..", "gazetteer", "demonyms.tsv");
    Gazetteer.Builder b = places();
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      if (!line.startsWith("#") && !line.startsWith("demonym\t") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        rows.add(f);
        if (!f[3].isEmpty() && !(f[2] + f[3]).equals("USOH")) {
          b.add(
              new GazetteerEntry(null, f[0], 0, 0, f[2], f[3], FeatureKind.ADMIN1, "ADM1", 0),
              List.of());
        }
      }
    }
    assertThat(GazetteerBuilder.readDemonyms(tsv, b)).isEqualTo(rows.size()).isGreaterThan(40);
    Gazetteer g = b.build();
    assertThat(g.demonym("ohioans")).containsExactly(OHIO);
    assertThat(g.demonym(NameKeys.key("South Ossetian"))).containsExactly(OSSETIA);
    assertThat(g.demonym("abkhaz")).extracting(GazetteerEntry::admin1).containsExactly("02");
    assertThat(g.demonym("ontarians"))
        .extracting(GazetteerEntry::countryCode)
        .containsExactly("CA");
    // a country's demonym, a newspaper's title, a nickname, an ethnic group: left out on purpose
    for (String out : List.of("New Yorker", "Oregonian", "Hoosier", "Hawaiian", "Chechen")) {
      assertThat(g.demonym(NameKeys.key(out))).as(out).isEmpty();
    }
    assertThat(g.demonym("georgian")).containsExactly(GEORGIA);
  }
}
