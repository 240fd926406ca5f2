package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  static final GazetteerEntry DEIR =
      new GazetteerEntry(
          170794L, "Deir ez-Zor", 35.336, 40.141, "SY", "07", FeatureKind.CITY, "PPLA", 242565);
  static final GazetteerEntry BASRA =
      new GazetteerEntry(
          99532L, "Basrah", 30.508, 47.783, "IQ", "02", FeatureKind.CITY, "PPLA", 2600000);

  static Gazetteer small() {
    return Gazetteer.builder()
        .add(DEIR, List.of("Dayr az Zawr", "Deir al-Zour"))
        .add(BASRA, List.of("Basra"))
        .build();
  }

  @Test
  void findsByExactKeyArticleFreeKeyAndSkeleton() {
    Gazetteer g = small();
    assertThat(g.exact("deir al zour")).containsExactly(DEIR);
    assertThat(g.exact("deir zor")).containsExactly(DEIR);
    assertThat(g.bySkeleton(NameKeys.skeleton(NameKeys.key("Deir Ezzor")))).containsExactly(DEIR);
    assertThat(g.bySkeleton(NameKeys.skeleton(NameKeys.key("Busayra")))).isEmpty();
  }

  @Test
  void roundTripsThroughTheIndexFile(@TempDir Path dir) throws IOException {
    small().write(dir.resolve(Gazetteer.FILE));
    Gazetteer g = Gazetteer.load(dir);
    assertThat(g.size()).isEqualTo(2);
    GazetteerEntry basra = g.exact("basra").get(0);
    assertThat(basra.name()).isEqualTo("Basrah");
    assertThat(basra.geonamesId()).isEqualTo(99532L);
    assertThat(basra.distanceKm(BASRA)).isLessThan(0.01);
    assertThat(Gazetteer.load(dir)).isSameAs(g);
  }

  @Test
  void aMissingIndexSaysHowToBuildIt(@TempDir Path dir) {
    assertThatThrownBy(() -> Gazetteer.load(dir.resolve("none")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gazetteer not built: run ./sitrep setup");
  }

  @Test
  void supplementRowsMustCiteASource(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("s.tsv");
    String header =
        "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class"
            + "\tfeature_code\tcountry_code\tcc2\tadmin1_code\tadmin2_code\tadmin3_code"
            + "\tadmin4_code\tpopulation\televation\tdem\ttimezone\tmodification_date\tsource\n";
    String row = "\tX\tX\t\t1.0\t2.0\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t\t\t\t";
    Files.writeString(tsv, header + row + "\n");
    assertThatThrownBy(() -> GazetteerBuilder.readSupplement(tsv, Gazetteer.builder()))
        .hasMessageContaining("without a source");
    Files.writeString(tsv, header + row + "https://example.org/x\n");
    Gazetteer.Builder b = Gazetteer.builder();
    GazetteerBuilder.readSupplement(tsv, b);
    assertThat(b.build().exact("x")).hasSize(1);
  }

  @Test
  void supplementDivisionRowsGivePointsNotEntries(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("s.tsv");
    String header =
        "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class"
            + "\tfeature_code\tcountry_code\tcc2\tadmin1_code\tadmin2_code\tadmin3_code"
            + "\tadmin4_code\tpopulation\televation\tdem\ttimezone\tmodification_date\tsource\n";
    String row =
        "6254928\tVirginia\tVirginia\t\t37.54812\t-77.44675\tA\tADM1\tUS\t\tVA"
            + "\t\t\t\t0\t\t\t\t\tGeoNames 6254928\n";
    Files.writeString(tsv, header + row);
    Gazetteer.Builder b = Gazetteer.builder();
    Map<String, GazetteerEntry> points = GazetteerBuilder.readSupplement(tsv, b);
    assertThat(b.build().exact("virginia")).isEmpty();
    assertThat(points.get("US.VA").lat()).isEqualTo(37.54812);
    assertThat(points.get("US.VA").geonamesId()).isEqualTo(6254928L);
  }

  @Test
  void theProjectSupplementNamesWaterIslandsAndFormerDivisions() throws IOException {
    // the committed table, read as setup.sh reads it (tests run in the module directory)
    Path tsv = Path.of("..", "gazetteer", "supplement.tsv");
    Gazetteer.Builder b = Gazetteer.builder();
    GazetteerBuilder.readSupplement(tsv, b);
    Gazetteer g = b.build();
    // seas and oceans under their short names too, islands, former first-level divisions
    assertThat(g.exact("mediterranean"))
        .extracting(GazetteerEntry::name)
        .containsExactly("Mediterranean Sea");
    assertThat(g.exact("gulf of mexico"))
        .singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FeatureKind.REGION));
    assertThat(g.exact("sumatra"))
        .singleElement()
        .satisfies(e -> assertThat(e.countryCode()).isEqualTo("ID"));
    assertThat(g.exact("ostfold"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.featureCode()).isEqualTo("ADM1H");
              assertThat(e.countryCode()).isEqualTo("NO");
            });
    assertThat(g.exact("rift valley"))
        .extracting(GazetteerEntry::countryCode)
        .containsExactly("KE");
    for (String line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(20);
      assertThat(f[19]).as(line).isNotBlank();
    }
  }

  @Test
  void alternateNamesSkipCodesAndNumbers() {
    assertThat(GazetteerBuilder.names("Deir ez-Zor", "DEZ,Dayr az Zawr,Deir 2,Dair"))
        .containsExactly("Deir ez-Zor", "Dayr az Zawr", "Dair");
    assertThat(GazetteerBuilder.withoutSuffix("Deir ez-Zor Governorate"))
        .containsExactly("Deir ez-Zor");
    assertThat(GazetteerBuilder.countyStem("Barrow County")).containsExactly("Barrow");
    assertThat(GazetteerBuilder.countyStem("Rapides Parish")).containsExactly("Rapides");
    assertThat(GazetteerBuilder.countyStem("Arlington")).isEmpty();
  }
}
