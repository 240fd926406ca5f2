package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.gazetteer.NameKeys;

/**
 * Chooses one gazetteer entry per toponym from the document's context: one sense per name and
 * document, "X, Syria" qualifiers, the countries and divisions the article names, proximity to its
 * other places, then feature class and population. Countries win over towns of the same name.
 */
final class Resolver {
  static final double SUPPORT_WEIGHT = 2.0;
  static final double SUPPORT_CAP = 4.0;

  /**
   * The least population of a town that may take a country's name from the country (Palestine,
   * Texas, 18,000; Lebanon, Indiana, 16,000; Jordan, Minnesota, 6,000): a village of that name is
   * too weak a reading against the country.
   */
  static final long NAMESAKE_TOWN = 5_000;

  /**
   * An appositive or copula that places a settlement in the next toponym: ", a town in", " is a
   * village near", ", the capital of", " is an unincorporated community in".
   */
  static final Pattern APPOSITIVE =
      Pattern.compile(
          "\\s*(?:,|\\s(?:is|was))\\s+(?:a|an|the)\\s[\\w\\s-]{0,40}?\\b"
              + "(?:town|city|village|hamlet|community|municipality|suburb|settlement|district"
              + "|county|province|governorate|region|neighbou?rhood|borough|township|place"
              + "|capital|seat|port)s?(?:\\s*\\([^()]{1,40}\\))?"
              + "\\s+(?:(?:located|situated)\\s+)?(?:in|of|near|outside)"
              + "\\s+(?:the\\s+)?(?:(?:extreme|far)\\s+)?"
              + "(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?"
              + "(?:[\\s-]central)?\\s+)?");

  /**
   * A comma that continues an appositive's chain of containers, also after a division word that the
   * container's name was found without ("Mansfield is a town in Tolland County, Connecticut": the
   * gazetteer knows Tolland, not Tolland County).
   */
  private static final Pattern CHAIN =
      Pattern.compile(
          "(?i)\\s*(?:(?:county|parish|borough|district|province|governorate|region|oblast"
              + "|prefecture|municipality)\\s*)?,\\s*");

  private static final Pattern US_QUALIFIER = Pattern.compile("\\A\\s?,\\s?([A-Z][A-Za-z.]{1,5})");

  /**
   * The chosen entry for each toponym, in the same order; null where no reading fits the article.
   */
  List<GazetteerEntry> resolve(String text, List<Toponym> found) {
    return readings(text, found).stream().map(r -> r == null ? null : r.entry()).toList();
  }

  /**
   * A toponym's resolution: the entry chosen, and whether that entry is not the named place itself
   * but the place that contains it (a settlement the gazetteer lacks: "Grantville, Pennsylvania",
   * "Padi is a locality in Chennai"), so the name keeps its own identity at the container's point.
   */
  record Reading(GazetteerEntry entry, boolean container) {}

  /** The reading of each toponym, in the same order; null where no reading fits the article. */
  List<Reading> readings(String text, List<Toponym> found) {
    List<Toponym> toponyms = townCities(found);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Toponym t : toponyms) {
      groups.computeIfAbsent(t.key(), k -> new Group(t.candidates())).add(t);
    }
    qualify(text, toponyms, groups);
    levels(text, toponyms, groups);
    Map<String, Integer> support = support(groups.values());
    neighbours(groups.values());
    Map<Group, GazetteerEntry> choice = new HashMap<>();
    for (Group g : groups.values()) {
      choice.put(g, best(g, Context.EMPTY, null, choice, support));
    }
    lists(text, toponyms, groups, choice);
    for (int round = 0; round < 2; round++) {
      Context ctx = Context.of(groups.values(), choice, true);
      Map<Group, GazetteerEntry> next = new HashMap<>();
      for (Group g : groups.values()) {
        next.put(g, best(g, ctx, round == 1 ? choice : null, choice, support));
      }
      choice = next;
    }
    Map<Group, GazetteerEntry> contained = new HashMap<>();
    for (Group g : groups.values()) {
      GazetteerEntry within = container(g, choice.get(g));
      if (within != null) {
        choice.put(g, within);
        contained.put(g, within);
      }
    }
    cohere(groups.values(), choice);
    List<Reading> out = new ArrayList<>(toponyms.size());
    for (Toponym t : toponyms) {
      Group g = groups.get(t.key());
      GazetteerEntry e = choice.get(g);
      out.add(e == null ? null : new Reading(e, t.standIn() || contained.get(g) == e));
    }
    return out;
  }

  /**
   * "Dublin City Council" in a story that also names "Dublin": a name "X City" that shares a
   * reading with the article's "X" is a mention of X (its council, manager, schools), not a second
   * place whose own evidence (Dublin City, the Irish county) would vote for one reading of X; the
   * name X must not be a country's or first-level division's own name ("Mexico City" and "Mexico",
   * "Kansas City" and "Kansas" are different places).
   */
  static List<Toponym> townCities(List<Toponym> toponyms) {
    Map<String, Toponym> bases = new HashMap<>();
    for (Toponym t : toponyms) {
      if (!t.demonym()) {
        bases.putIfAbsent(t.key(), t);
      }
    }
    List<Toponym> out = new ArrayList<>(toponyms.size());
    for (Toponym t : toponyms) {
      Toponym base =
          t.key().endsWith(" city")
              ? bases.get(t.key().substring(0, t.key().length() - " city".length()))
              : null;
      if (base != null && !largeUnit(base) && shareReading(t, base)) {
        out.add(
            new Toponym(
                t.start(),
                t.end(),
                t.text(),
                base.key(),
                base.candidates(),
                t.division(),
                t.strong(),
                t.demonym(),
                t.dateline(),
                base.standIn()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean shareReading(Toponym a, Toponym b) {
    for (GazetteerEntry c : a.candidates()) {
      if (b.candidates().contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The least confident mentions of one country that make an article clearly about it. */
  static final int HOME_MENTIONS = 3;

  /** A town of at least this many people is known abroad: "Paris" in a story from Burkina Faso. */
  static final long KNOWN_ABROAD = 100_000;

  /**
   * Country coherence: in an article clearly about one country (its confidently resolved names name
   * it at least {@link #HOME_MENTIONS} times and at least twice as often as any other country), a
   * town or county chosen in a country that no other name of the article (demonyms included) lies
   * in, unqualified and of fewer than {@link #KNOWN_ABROAD} people, gives way to the name's
   * strongest reading in the article's country, or to no reading at all: "Solhan" in a story from
   * Yagha province, Burkina Faso, is not the district seat in eastern Turkey (Leidner 2007,
   * "Toponym resolution in text": one referent per discourse region). The choice map loses such
   * groups ({@code null}).
   */
  static void cohere(Collection<Group> groups, Map<Group, GazetteerEntry> choice) {
    Context ctx = Context.of(groups, choice, true);
    String home = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : ctx.countries().entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        home = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (home == null || first < HOME_MENTIONS || first < 2 * second) {
      return;
    }
    Map<String, Integer> named = new HashMap<>();
    for (Group g : groups) {
      GazetteerEntry e = choice.get(g);
      if (e != null && !e.countryCode().isEmpty()) {
        named.merge(e.countryCode(), g.mentions.size(), Integer::sum);
      }
    }
    for (Group g : groups) {
      GazetteerEntry e = choice.get(g);
      if (e == null
          || !g.qualifiers.isEmpty()
          || !local(e)
          || e.population() >= KNOWN_ABROAD
          || e.countryCode().isEmpty()
          || e.countryCode().equals(home)
          || named.getOrDefault(e.countryCode(), 0) > g.mentions.size()) {
        continue;
      }
      GazetteerEntry inHome = null;
      for (GazetteerEntry c : g.candidates) {
        if (c.countryCode().equals(home)
            && c.kind() != FeatureKind.COUNTRY
            && (inHome == null || prior(c) > prior(inHome))) {
          inHome = c;
        }
      }
      choice.put(g, inHome);
    }
  }

  /** All mentions of one name in a document, which share one sense. */
  static final class Group {
    final List<GazetteerEntry> candidates;
    final List<Toponym> mentions = new ArrayList<>();
    final List<String[]> qualifiers = new ArrayList<>();

    /**
     * The toponyms that contain the name by the text ("Lanier County" in "Stockton is an
     * unincorporated community in Lanier County, Georgia"), narrowest first.
     */
    final List<Toponym> containers = new ArrayList<>();

    /** How many of {@link #qualifiers} the first qualified mention gave. */
    int firstQualifiers;

    private int firstQualified = -1;

    /** The document index of the name's first mention, once {@link Resolver#qualify} saw it. */
    int firstMention = -1;

    /** Whether the name's first mention is qualified ("Grantville, Pennsylvania" at first). */
    boolean leadQualified() {
      return firstQualified >= 0 && firstQualified == firstMention;
    }

    /** How many of the name's mentions qualify the toponym before them ("Louisville, Ky."). */
    int qualifying;

    /**
     * The toponyms that a mention of the name qualifies by a comma ("Atlanta" in "Atlanta,
     * Georgia").
     */
    final List<Toponym> qualified = new ArrayList<>();

    /**
     * The level (first- or second-level division) of most other members of a list the name stands
     * in ("Arizona, California, ..., Washington and Wisconsin"), or null.
     */
    FeatureKind listKind;

    /** The level a phrase before a mention names ("the state of Washington"), or null. */
    FeatureKind namedLevel;

    boolean division;

    /** Per candidate, the bonus for lying close to a candidate of another name of the article. */
    final Map<GazetteerEntry, Double> neighbour = new HashMap<>();

    Group(List<GazetteerEntry> candidates) {
      this.candidates = candidates;
    }

    int nonDemonyms() {
      return (int) mentions.stream().filter(t -> !t.demonym()).count();
    }

    /**
     * A qualifier of the name's mention number {@code mention} (an index into the document's
     * toponyms); those of the first qualified mention are remembered as such.
     */
    void qualify(String[] q, int mention) {
      if (firstQualified < 0) {
        firstQualified = mention;
      }
      qualifiers.add(q);
      if (mention == firstQualified) {
        firstQualifiers = qualifiers.size();
      }
    }

    void add(Toponym t) {
      mentions.add(t);
      division |= t.division();
    }
  }

  /** "Al Shafah, Syria", "Paris, Tenn.": the qualified name lies in the qualifier's territory. */
  static void qualify(String text, List<Toponym> toponyms, Map<String, Group> groups) {
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym a = toponyms.get(i);
      Group g = groups.get(a.key());
      if (g.firstMention < 0) {
        g.firstMention = i;
      }
      String after = text.substring(a.end(), Math.min(text.length(), a.end() + 10));
      if (i + 1 < toponyms.size()) {
        Toponym b = toponyms.get(i + 1);
        String between = text.substring(a.end(), b.start());
        if (between.trim().equals(",")) {
          if (!(largeUnit(a) && largeUnit(b) && listed(text, toponyms, i))) {
            // "California, Louisiana, Nevada and Oregon": states in a list do not qualify one
            // another ("California, Missouri." still does)
            addQualifiers(g, b, i);
            groups.get(b.key()).qualified.add(a);
            if (!b.dateline()) {
              // a dateline's state is the article's own ("PARIS, Tenn. —"), not another town's
              groups.get(b.key()).qualifying++;
            }
            if (!listed(text, toponyms, i)) {
              g.containers.add(b); // not "Kisii, Wajir, Mandera": a list names no container
            }
          }
          continue;
        }
      }
      if (i + 1 < toponyms.size()
          && APPOSITIVE.matcher(text.substring(a.end(), toponyms.get(i + 1).start())).matches()) {
        // "Hajin, a town in Deir ez-Zor province", "Albany is a town in Carroll County, New
        // Hampshire": the places named after the head noun, chained by commas, contain it
        for (int j = i + 1; j < toponyms.size(); j++) {
          addQualifiers(g, toponyms.get(j), i);
          groups.get(toponyms.get(j).key()).qualifying++;
          g.containers.add(toponyms.get(j));
          if (j + 1 >= toponyms.size()
              || !CHAIN
                  .matcher(text.substring(toponyms.get(j).end(), toponyms.get(j + 1).start()))
                  .matches()) {
            break;
          }
        }
        continue;
      }
      Matcher m = US_QUALIFIER.matcher(after);
      if (m.find()) {
        String code = UsStates.admin1(m.group(1));
        if (code != null) {
          g.qualify(new String[] {"US", code}, i);
        }
      }
    }
  }

  /** "the state of", "the province of" right before a name. */
  private static final Pattern LEVEL_BEFORE =
      Pattern.compile("(?i)\\b(?:state|province|governorate|prefecture|oblast)\\s+of\\s+$");

  /**
   * Marks the names that a division phrase precedes: "the state of Washington" is the state, not
   * the capital. A name's own word after it ("Washington state", "Deir ez-Zor province") is the
   * toponym's division flag. Measured and dropped: "the city of", "the town of" for the city level
   * (WikToR lost "the town of Cumberland", whose qualifier had placed it).
   */
  static void levels(String text, List<Toponym> toponyms, Map<String, Group> groups) {
    for (Toponym t : toponyms) {
      Matcher m = LEVEL_BEFORE.matcher(text.substring(Math.max(0, t.start() - 30), t.start()));
      if (m.find()) {
        groups.get(t.key()).namedLevel = FeatureKind.ADMIN1;
      }
    }
  }

  /** The words that join the members of a list of places. */
  private static final Set<String> LIST_JOINS = Set.of(",", "and", "or", ", and", ", or");

  /** The least members of a list whose level speaks for its ambiguous members. */
  static final int LIST_MEMBERS = 3;

  /**
   * Marks the names that stand in a list of at least {@link #LIST_MEMBERS} places most of whose
   * other members the first round read as divisions of one level: the list's level ("Arizona,
   * California, ..., Washington and Wisconsin" are states, so Washington is the state; "British
   * Columbia, Alberta, Manitoba, Ontario and New Brunswick" are provinces). A member that is a
   * first-level division's own name counts as one whatever the first round, which has no context
   * yet, chose for it ("Washington, Pennsylvania and California": the first round read California
   * as a town, sixth round).
   */
  static void lists(
      String text,
      List<Toponym> toponyms,
      Map<String, Group> groups,
      Map<Group, GazetteerEntry> choice) {
    int i = 0;
    while (i < toponyms.size()) {
      int j = i;
      while (j + 1 < toponyms.size()
          && LIST_JOINS.contains(
              text.substring(toponyms.get(j).end(), toponyms.get(j + 1).start()).trim())) {
        j++;
      }
      if (j - i + 1 >= LIST_MEMBERS) {
        for (int m = i; m <= j; m++) {
          Group g = groups.get(toponyms.get(m).key());
          Map<FeatureKind, Integer> kinds = new HashMap<>();
          Set<Group> others = new HashSet<>();
          for (int k = i; k <= j; k++) {
            Group o = groups.get(toponyms.get(k).key());
            if (o != g && others.add(o) && choice.get(o) != null) {
              kinds.merge(
                  namesDivision(o) ? FeatureKind.ADMIN1 : choice.get(o).kind(), 1, Integer::sum);
            }
          }
          for (FeatureKind kind : List.of(FeatureKind.ADMIN1, FeatureKind.ADMIN2)) {
            int n = kinds.getOrDefault(kind, 0);
            if (n >= 2 && 2 * n > others.size()) {
              for (GazetteerEntry c : g.candidates) {
                if (c.kind() == kind && primaryName(c, g)) {
                  g.listKind = kind;
                }
              }
            }
          }
        }
      }
      i = j + 1;
    }
  }

  /**
   * Whether toponyms {@code i} and {@code i + 1}, joined by a comma, stand in a list: a toponym and
   * a comma before the first, or a comma, "and" or "or" and a toponym after the second.
   */
  static boolean listed(String text, List<Toponym> toponyms, int i) {
    if (i > 0
        && text.substring(toponyms.get(i - 1).end(), toponyms.get(i).start()).trim().equals(",")) {
      return true;
    }
    if (i + 2 < toponyms.size()) {
      String between =
          text.substring(toponyms.get(i + 1).end(), toponyms.get(i + 2).start()).trim();
      return between.equals(",")
          || between.equals("and")
          || between.equals("or")
          || between.equals(", and")
          || between.equals(", or");
    }
    return false;
  }

  /** Whether the toponym is a country's or first-level division's own name. */
  static boolean largeUnit(Toponym t) {
    for (GazetteerEntry c : t.candidates()) {
      if ((c.kind() == FeatureKind.COUNTRY || c.kind() == FeatureKind.ADMIN1)
          && NameKeys.key(c.name()).equals(t.key())) {
        return true;
      }
    }
    return false;
  }

  /** The countries and first-level divisions that {@code b} may name qualify the group. */
  private static void addQualifiers(Group g, Toponym b, int mention) {
    for (GazetteerEntry q : b.candidates()) {
      if (q.kind() == FeatureKind.COUNTRY) {
        g.qualify(new String[] {q.countryCode(), null}, mention);
      } else if (q.kind() == FeatureKind.ADMIN1) {
        g.qualify(new String[] {q.countryCode(), q.admin1()}, mention);
      }
    }
  }

  /** Countries and divisions the document names, counted per name. */
  record Context(
      Map<String, Integer> countries,
      Map<String, Integer> admin1s,
      Set<Group> counted,
      Set<Group> countryOnly,
      Map<String, Set<Group>> named) {
    static final Context EMPTY = new Context(Map.of(), Map.of(), Set.of(), Set.of(), Map.of());

    /** A context in which every counted name counted for its country and division. */
    Context(
        Map<String, Integer> countries,
        Map<String, Integer> admin1s,
        Set<Group> counted,
        Map<String, Set<Group>> named) {
      this(countries, admin1s, counted, Set.of(), named);
    }

    /** Whether the context counted the group's own mentions for its reading's division. */
    boolean countedDivision(Group g) {
      return counted.contains(g) && !countryOnly.contains(g);
    }

    /** Whether a name of the article other than {@code g}'s (demonyms too) lies in the country. */
    boolean namedBesides(String country, Group g) {
      Set<Group> by = named.getOrDefault(country, Set.of());
      return by.size() > (by.contains(g) ? 1 : 0);
    }

    /**
     * Whether the article names no country with confidence or gives {@code country} at least half
     * of its confident country mentions: local evidence (division support, neighbours) speaks for
     * readings in the country a story is about. A story from Syria that names London, Paris and
     * Brussels is not local news from Kentucky, however many of its names have Kentucky readings;
     * nor is a world round-up that names nineteen countries, the United States thirteen times, a
     * story from Toronto, Ohio (sixth round: before, the country named most often sufficed).
     */
    boolean home(String country) {
      if (countries.isEmpty()) {
        return true;
      }
      int sum = countries.values().stream().mapToInt(Integer::intValue).sum();
      return 2 * countries.getOrDefault(country, 0) >= sum;
    }

    static Context of(
        Iterable<Group> groups, Map<Group, GazetteerEntry> choice, boolean confidentOnly) {
      Map<String, Integer> cs = new HashMap<>();
      Map<String, Integer> as = new HashMap<>();
      Set<Group> counted = new HashSet<>();
      Set<Group> countryOnly = new HashSet<>();
      Map<String, Set<Group>> named = new HashMap<>();
      for (Group g : groups) {
        GazetteerEntry e = choice.get(g);
        if (e.kind() == FeatureKind.COUNTRY) {
          // "Syrian" names Syria, however unsure the article's other names are
          named.computeIfAbsent(e.countryCode(), k -> new HashSet<>()).add(g);
        }
        // a state that only qualifies other names ("Louisville, Ky.", "New Haven, Conn.") places
        // those names, not the article: AP style qualifies the towns outside the paper's own state
        boolean onlyCountry = g.qualifying > 0 && g.qualifying >= g.nonDemonyms();
        if (confidentOnly && !confident(g, e)) {
          if (!oneCountry(g, e)) {
            continue;
          }
          // "Boone County": every reading lies in the United States, whichever state it is in
          onlyCountry = true;
        }
        // demonyms tell what an article is about, not where its places are
        int n = (int) g.mentions.stream().filter(t -> !t.demonym()).count();
        if (n == 0) {
          continue;
        }
        counted.add(g);
        if (onlyCountry) {
          countryOnly.add(g);
        }
        if (!e.countryCode().isEmpty()) {
          cs.merge(e.countryCode(), n, Integer::sum);
          named.computeIfAbsent(e.countryCode(), k -> new HashSet<>()).add(g);
        }
        if (!e.admin1().isEmpty() && !onlyCountry) {
          as.merge(e.countryCode() + "." + e.admin1(), n, Integer::sum);
        }
      }
      return new Context(cs, as, counted, countryOnly, named);
    }

    /** Whether every reading of the name lies in {@code e}'s country ("Boone County"). */
    private static boolean oneCountry(Group g, GazetteerEntry e) {
      if (e.countryCode().isEmpty()) {
        return false;
      }
      for (GazetteerEntry c : g.candidates) {
        if (!c.countryCode().equals(e.countryCode())) {
          return false;
        }
      }
      return true;
    }

    private static boolean confident(Group g, GazetteerEntry e) {
      if (g.candidates.size() == 1 || !g.qualifiers.isEmpty()) {
        return true;
      }
      if (e.kind() == FeatureKind.COUNTRY || e.kind() == FeatureKind.CONTINENT) {
        return true;
      }
      if (e.kind() == FeatureKind.ADMIN1 && primaryName(e, g) && strongestDivision(g, e)) {
        // "Virginia": a state or province by its own name, against towns named after it
        return true;
      }
      double second = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry c : g.candidates) {
        if (!c.equals(e)) {
          second = Math.max(second, prior(c));
        }
      }
      return prior(e) - second >= 2.0;
    }
  }

  /**
   * For each first-level division ("US.GA"), the number of names of the article (demonyms aside)
   * with at least one candidate of that very name (not an alternate name) in it, whatever the
   * candidate's size: local news names several places of its own state ("Athens" and "Augusta" both
   * have a reading in Georgia), while the big namesakes abroad share no division (Lieberman et al.
   * 2010, "Geotagging with local lexicons", on LGL's local context).
   */
  static Map<String, Integer> support(Iterable<Group> groups) {
    Map<String, Integer> support = new HashMap<>();
    for (Group g : groups) {
      if (g.nonDemonyms() == 0) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (GazetteerEntry c : g.candidates) {
        if (c.kind() != FeatureKind.COUNTRY
            && c.kind() != FeatureKind.CONTINENT
            && !c.admin1().isEmpty()
            && primaryName(c, g)
            && seen.add(c.countryCode() + "." + c.admin1())) {
          support.merge(c.countryCode() + "." + c.admin1(), 1, Integer::sum);
        }
      }
    }
    return support;
  }

  /** Distance (km) within which a candidate of another name counts as a neighbour. */
  static final double NEIGHBOUR_KM = 100;

  /** The neighbour bonus at 0 km (measured on the geo dev split: 50 and 200 km, or 6, do worse). */
  static final double NEIGHBOUR_WEIGHT = 4;

  /**
   * For every city or county candidate, a bonus for lying near a candidate of another name of the
   * article (its own name, not an alternate; up to 4 points at 0 km, falling linearly to 0 at 100
   * km): "Paris and Henry County" are Paris, Tennessee and Henry County, Tennessee, the one pair of
   * readings that lie together, whatever the first round chose (spatial minimality, Leidner 2007,
   * "Toponym resolution in text"). Counted only in the country the article is about (see {@link
   * Context#home}).
   */
  static void neighbours(Collection<Group> groups) {
    List<double[]> points = new ArrayList<>();
    List<Group> owners = new ArrayList<>();
    for (Group g : groups) {
      if (g.nonDemonyms() == 0) {
        continue;
      }
      for (GazetteerEntry c : g.candidates) {
        if (local(c) && primaryName(c, g)) {
          points.add(new double[] {c.lat(), c.lon()});
          owners.add(g);
        }
      }
    }
    Integer[] order = new Integer[points.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(points.get(a)[0], points.get(b)[0]));
    double[] lats = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      lats[i] = points.get(order[i])[0];
    }
    double dLat = NEIGHBOUR_KM / 111.0;
    for (Group g : groups) {
      for (GazetteerEntry c : g.candidates) {
        if (!local(c)) {
          continue;
        }
        int from = lowerBound(lats, c.lat() - dLat);
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i < lats.length && lats[i] <= c.lat() + dLat; i++) {
          int k = order[i];
          if (owners.get(k) == g) {
            continue;
          }
          double[] p = points.get(k);
          min = Math.min(min, GazetteerEntry.distanceKm(c.lat(), c.lon(), p[0], p[1]));
        }
        if (min < NEIGHBOUR_KM) {
          g.neighbour.put(c, NEIGHBOUR_WEIGHT * (1 - min / NEIGHBOUR_KM));
        }
      }
    }
  }

  private static int lowerBound(double[] xs, double x) {
    int lo = 0;
    int hi = xs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Cities, counties and regions: places small enough for a neighbour to mean something. */
  private static boolean local(GazetteerEntry c) {
    return c.kind() == FeatureKind.CITY || c.kind() == FeatureKind.ADMIN2;
  }

  private static GazetteerEntry best(
      Group g,
      Context ctx,
      Map<Group, GazetteerEntry> near,
      Map<Group, GazetteerEntry> current,
      Map<String, Integer> support) {
    GazetteerEntry own = current.get(g);
    GazetteerEntry country = countryNamed(g);
    boolean namesake = country != null && domesticNamesake(g, country, own, ctx, support);
    if (country != null && g.qualifiers.isEmpty() && !g.division && !namesake) {
      GazetteerEntry state = qualifyingDivision(g, country);
      return state != null ? state : country;
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean division = g.qualifiers.isEmpty() && namesHomeDivision(g, own, ctx);
    for (GazetteerEntry c : g.candidates) {
      if (namesake && c.kind() == FeatureKind.COUNTRY) {
        continue;
      }
      if (division && c.kind() == FeatureKind.CITY && c.population() < 100_000) {
        // "California", "Oregon", "Nevada" in a story from the United States: the state by its own
        // name, not one of the towns named after it (California, Oregon and Nevada are all towns
        // in Missouri), unless qualified
        continue;
      }
      if (c.kind() == FeatureKind.CITY
          && c.population() < KNOWN_ABROAD
          && !primaryName(c, g)
          && !ctx.namedBesides(c.countryCode(), g)
          && ownNameIn(g, ctx)) {
        // "Syrian warplanes struck a market in Ariha": Ariha is also an Arabic name of Jericho,
        // but the article names Syria, where a town has this very name, and not Jericho's country
        continue;
      }
      double s = prior(c);
      if (c.kind() == FeatureKind.CITY && c.population() < 100_000 && !primaryName(c, g)) {
        // a small place matched only through an alternate name ("Washington" for Port
        // Washington) is a weaker reading than a place of that very name
        s -= 1.5;
      }
      if (c.kind() == FeatureKind.CITY
          && (c.population() < 100_000 || !primaryName(c, g) || !seat(c))
          && namesDivision(g)) {
        // a small town named like a state or province ("California", "Ontario", "New
        // Brunswick") is rarely what the news means by that name, nor is a city of any size that
        // bears it only as an alternate name ("Florida" for Floridablanca, Colombia), nor a large
        // city of that name that is no capital or seat (sixth round: "London, Ontario" and
        // "Southwestern Ontario" were Ontario, California, 171,000 people; Washington, D.C.,
        // Quebec City and Cordoba, seats, keep their full prior)
        s -= 3;
      }
      if (c.kind() == FeatureKind.CITY && !seat(c) && insideNamesake(c, g)) {
        // "New York": the state, whose own name it is, rather than a city of that name inside it
        // that is not the state's seat (New York City; not Aleppo, Baghdad or Sao Paulo, which
        // are the seats of their divisions)
        s -= 3;
      }
      if (c.kind() == FeatureKind.ADMIN2 && !primaryName(c, g)) {
        // "Barrow" for Barrow County: a county named without its word is a weak reading, taken
        // only with support from the article's places nearby ("Clarke, Madison, Oconee and
        // Oglethorpe"), never against a state or a town of that very name
        s -= 3;
      }
      if (g.division && (c.kind() == FeatureKind.ADMIN1 || c.kind() == FeatureKind.ADMIN2)) {
        s += 6;
      }
      if (c.kind() == g.namedLevel && primaryName(c, g)) {
        // "the state of Washington" names the level as "Washington state" does
        s += 6;
      }
      if (c.kind() == g.listKind && primaryName(c, g)) {
        // a list of states names the level as the word "state" does
        s += 6;
      }
      double qualified = 0;
      for (int k = 0; k < g.qualifiers.size(); k++) {
        String[] q = g.qualifiers.get(k);
        if (q[0].equals(c.countryCode())
            && (q[1] == null || q[1].equals(c.admin1()))
            && c.kind() != FeatureKind.COUNTRY) {
          // "Carroll County, New Hampshire, United States": the state is the narrower qualifier;
          // the first qualified mention names the article's own place ("Albany ... a town in
          // New Hampshire" before "the railroad to Albany, New York")
          double w = (q[1] == null ? 25 : 27) - (k < g.firstQualifiers ? 0 : 7);
          qualified = Math.max(qualified, w);
        }
      }
      s += qualified;
      if (!c.countryCode().isEmpty()) {
        int n = ctx.countries().getOrDefault(c.countryCode(), 0);
        // the name's own mentions are taken out only where the context counted them
        boolean counted = ctx.counted().contains(g);
        if (counted && own.countryCode().equals(c.countryCode())) {
          n -= g.nonDemonyms();
        }
        s += Math.min(4, 2.0 * log2(1 + Math.max(0, n)));
        int a = ctx.admin1s().getOrDefault(c.countryCode() + "." + c.admin1(), 0);
        if (ctx.countedDivision(g)
            && own.countryCode().equals(c.countryCode())
            && own.admin1().equals(c.admin1())) {
          a -= g.nonDemonyms();
        }
        if (c.kind() != FeatureKind.COUNTRY) {
          s += Math.min(4, 2.0 * log2(1 + Math.max(0, a)));
        }
      }
      if (near != null && c.kind() != FeatureKind.COUNTRY && c.kind() != FeatureKind.CONTINENT) {
        s += proximity(c, g, near);
      }
      if (c.kind() == FeatureKind.ADMIN1 && primaryName(c, g)) {
        // the state whose own name it is shares the local evidence of the city of that name
        // inside it, so that the city's neighbours do not undo the rule above
        s += insideBonus(c, g, near, ctx);
      }
      if ((c.kind() == FeatureKind.CITY
              || c.kind() == FeatureKind.ADMIN2
              || c.kind() == FeatureKind.ADMIN1)
          && !c.admin1().isEmpty()
          && primaryName(c, g)
          && ctx.home(c.countryCode())) {
        // the other names of the article with a reading in this candidate's division
        int others = support.getOrDefault(c.countryCode() + "." + c.admin1(), 1) - 1;
        s += Math.min(SUPPORT_CAP, SUPPORT_WEIGHT * log2(1 + others));
      }
      if (ctx.home(c.countryCode())) {
        // like the division support, only in the country the article is about: a story from
        // Syria that names Washington is not about Damascus, Maryland
        s += g.neighbour.getOrDefault(c, 0.0);
      }
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * Up to 4 points for a candidate near another place the first round chose (linear to 0 at 400
   * km); countries, continents and first-level divisions are too large to count.
   */
  private static double proximity(GazetteerEntry c, Group self, Map<Group, GazetteerEntry> near) {
    double min = Double.POSITIVE_INFINITY;
    for (Map.Entry<Group, GazetteerEntry> e : near.entrySet()) {
      GazetteerEntry o = e.getValue();
      if (e.getKey() == self
          || o.kind() == FeatureKind.COUNTRY
          || o.kind() == FeatureKind.CONTINENT
          || o.kind() == FeatureKind.ADMIN1) {
        continue;
      }
      min = Math.min(min, c.distanceKm(o));
    }
    return min == Double.POSITIVE_INFINITY ? 0 : 4.0 * Math.max(0, 1 - min / 400.0);
  }

  /**
   * The largest local bonus (proximity, neighbours) of a city of the group that lies inside the
   * first-level division {@code d} and is not its seat: "flights between New York and St.
   * Petersburg" are near JFK, which lies in New York state as much as in New York City.
   */
  private static double insideBonus(
      GazetteerEntry d, Group g, Map<Group, GazetteerEntry> near, Context ctx) {
    double best = 0;
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() == FeatureKind.CITY
          && !seat(c)
          && c.countryCode().equals(d.countryCode())
          && c.admin1().equals(d.admin1())) {
        double b = near != null ? proximity(c, g, near) : 0;
        if (ctx.home(c.countryCode())) {
          b += g.neighbour.getOrDefault(c, 0.0);
        }
        best = Math.max(best, b);
      }
    }
    return best;
  }

  /** Whether a candidate other than a country has the name as its own in a named country. */
  private static boolean ownNameIn(Group g, Context ctx) {
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() != FeatureKind.COUNTRY
          && ctx.namedBesides(c.countryCode(), g)
          && primaryName(c, g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first-level division of the name's own name that contains a reading of a toponym the name
   * qualifies, when the country of that name contains none: "the CDC in Atlanta, Georgia" is the
   * state, whatever the article's other countries, as "Tbilisi, Georgia" is the country (a
   * qualifier names the territory its town lies in).
   */
  static GazetteerEntry qualifyingDivision(Group g, GazetteerEntry country) {
    for (Toponym a : g.qualified) {
      boolean inCountry = false;
      for (GazetteerEntry t : a.candidates()) {
        inCountry |= t.countryCode().equals(country.countryCode());
      }
      if (inCountry) {
        return null;
      }
    }
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() != FeatureKind.ADMIN1 || !primaryName(c, g)) {
        continue;
      }
      for (Toponym a : g.qualified) {
        for (GazetteerEntry t : a.candidates()) {
          if ((t.kind() == FeatureKind.CITY || t.kind() == FeatureKind.ADMIN2)
              && t.countryCode().equals(c.countryCode())
              && t.admin1().equals(c.admin1())) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** Whether no other candidate is a country, continent or first-level division. */
  private static boolean strongestDivision(Group g, GazetteerEntry e) {
    for (GazetteerEntry c : g.candidates) {
      if (!c.equals(e)
          && (c.kind() == FeatureKind.COUNTRY
              || c.kind() == FeatureKind.CONTINENT
              || c.kind() == FeatureKind.ADMIN1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name is a first-level division's own name in a country the article names and leads
   * with (Oregon in a story from the United States; not the Alexandria governorate in one).
   */
  static boolean namesHomeDivision(Group g, GazetteerEntry own, Context ctx) {
    Map<String, Integer> others = new HashMap<>(ctx.countries());
    if (ctx.counted().contains(g)) {
      // the name's own mentions do not make its country the article's
      others.merge(own.countryCode(), -g.nonDemonyms(), Integer::sum);
    }
    int max = others.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (GazetteerEntry c : g.candidates) {
      int n = others.getOrDefault(c.countryCode(), 0);
      if (c.kind() == FeatureKind.ADMIN1 && primaryName(c, g) && n > 0 && n >= max) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the text puts the name in a first-level division or country where none of its readings
   * lies, the narrowest place named as containing it that does lie there ("Stockton is an
   * unincorporated community in Lanier County, Georgia": the gazetteer knows no Stockton in
   * Georgia, so Lanier County, Georgia); null when the choice lies in its qualifier or no container
   * qualifies.
   */
  static GazetteerEntry container(Group g, GazetteerEntry chosen) {
    if (g.qualifiers.isEmpty()
        || chosen == null
        || chosen.kind() == FeatureKind.COUNTRY
        || chosen.kind() == FeatureKind.CONTINENT
        || qualifies(g, chosen)) {
      // "three countries in its history: France, England, and ...", "British North America,
      // Victoria is ...": a country or continent is never a settlement inside the next name
      return null;
    }
    for (Toponym t : g.containers) {
      if (t.can(FeatureKind.COUNTRY)) {
        // "Chicacao, Guatemala", "a county in southern Taiwan": a country's name is no
        // container, neither its capital nor its namesake province
        continue;
      }
      boolean state = stateNamed(g, t) != null;
      for (GazetteerEntry c : t.candidates()) {
        if ((c.kind() == FeatureKind.CITY || c.kind() == FeatureKind.ADMIN2 && !state)
            && qualifies(g, c)) {
          return c;
        }
      }
    }
    if (!g.leadQualified() || chosen.kind() == FeatureKind.ADMIN1) {
      return null;
    }
    // "Martha was born in Grantville, Pennsylvania", "Hampton is a town in Windham County,
    // Connecticut": a village the gazetteer lacks, named with its state at its first mention, is
    // placed in that state rather than in another; not a state qualified by another ("near the
    // Indiana, Ill., border") nor a name qualified only at a later mention ("York County,
    // Massachusetts" in the history of York County, Maine)
    for (Toponym t : g.containers) {
      GazetteerEntry state = t.can(FeatureKind.COUNTRY) ? null : stateNamed(g, t);
      if (state != null) {
        return state;
      }
    }
    return null;
  }

  /**
   * The state that the container's name names and that qualifies the group, or null: "Hattieville,
   * Arkansas" is in the state, not in its namesake county (Arkansas County), whose name the text
   * does not write.
   */
  private static GazetteerEntry stateNamed(Group g, Toponym t) {
    for (GazetteerEntry c : t.candidates()) {
      if (c.kind() == FeatureKind.ADMIN1 && qualifies(g, c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether {@code c} lies in the narrowest qualifier of its country: "Harrison is a city in
   * Kootenai County, Idaho, United States" puts Harrison in Idaho, and Harrison, New Jersey, lies
   * in the United States but not there; a country alone qualifies where the text names none of its
   * divisions.
   */
  static boolean qualifies(Group g, GazetteerEntry c) {
    if (c.kind() == FeatureKind.COUNTRY) {
      return false;
    }
    boolean division = false;
    for (String[] q : g.qualifiers) {
      if (q[0].equals(c.countryCode()) && q[1] != null) {
        division = true;
        if (q[1].equals(c.admin1())) {
          return true;
        }
      }
    }
    if (division) {
      return false;
    }
    for (String[] q : g.qualifiers) {
      if (q[0].equals(c.countryCode()) && q[1] == null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the place is the seat of its country or first-level division (PPLC, PPLA). */
  private static boolean seat(GazetteerEntry c) {
    return c.featureCode().equals("PPLC") || c.featureCode().equals("PPLA");
  }

  /** Whether a first-level division whose own name the group's name is contains {@code c}. */
  private static boolean insideNamesake(GazetteerEntry c, Group g) {
    for (GazetteerEntry d : g.candidates) {
      if (d.kind() == FeatureKind.ADMIN1
          && d.countryCode().equals(c.countryCode())
          && d.admin1().equals(c.admin1())
          && primaryName(d, g)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesDivision(Group g) {
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() == FeatureKind.ADMIN1 && primaryName(c, g)) {
        return true;
      }
    }
    return false;
  }

  private static boolean primaryName(GazetteerEntry c, Group g) {
    String key = g.mentions.get(0).key();
    String own = NameKeys.key(c.name());

    return own.equals(key)
        || NameKeys.withoutArticles(own).equals(NameKeys.withoutArticles(key))
        || (c.kind() == FeatureKind.ADMIN2 && !countyStem(c, key));
  }

  /**
   * Whether {@code key} names the county {@code c} without its word ("Barrow" for Barrow County), a
   * weak reading; a division whose GeoNames name opens with its division word ("Province du Yagha")
   * is named by the rest ("Yagha") as by its own name.
   */
  static boolean countyStem(GazetteerEntry c, String key) {
    String own = NameKeys.key(c.name());
    return c.kind() == FeatureKind.ADMIN2
        && !own.equals(key)
        && (own.endsWith(" county") || own.endsWith(" parish"));
  }

  /**
   * Georgia in a story about Atlanta, Palestine in a story from East Texas, Lebanon in one from
   * central Indiana: the name is also a place of that very name in the country the article's other
   * names lead to, within a first-level division they name, while no other name of the article lies
   * in the named country (the name's own mentions are not counted for either).
   */
  static boolean domesticNamesake(
      Group g,
      GazetteerEntry country,
      GazetteerEntry own,
      Context ctx,
      Map<String, Integer> support) {
    // the name's own mentions count in the context only where its reading was confident
    boolean counted = ctx.counted().contains(g);
    int home = ctx.countries().getOrDefault(country.countryCode(), 0);
    if (counted && own.countryCode().equals(country.countryCode())) {
      home -= g.nonDemonyms();
    }
    if (home > 0) {
      return false;
    }
    if (ctx.namedBesides(country.countryCode(), g)) {
      // "a U.S. general visits Georgia ... the Georgian ministry": a demonym names the country too
      return false;
    }
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() == FeatureKind.COUNTRY
          || c.kind() == FeatureKind.CONTINENT
          || (c.kind() == FeatureKind.CITY && c.population() < NAMESAKE_TOWN)
          || c.countryCode().isEmpty()
          || c.countryCode().equals(country.countryCode())
          || !primaryName(c, g)) {
        continue;
      }
      int abroad = ctx.countries().getOrDefault(c.countryCode(), 0);
      int division = ctx.admin1s().getOrDefault(c.countryCode() + "." + c.admin1(), 0);
      if (counted && own.countryCode().equals(c.countryCode())) {
        abroad -= g.nonDemonyms();
        if (own.admin1().equals(c.admin1()) && ctx.countedDivision(g)) {
          division -= g.nonDemonyms();
        }
      }
      boolean leading = true;
      for (Map.Entry<String, Integer> e : ctx.countries().entrySet()) {
        if (!e.getKey().equals(country.countryCode()) && e.getValue() > abroad) {
          leading = false;
        }
      }
      // a state needs only the article's country ("Georgia" with Atlanta); a town also a place in
      // its own division ("Palestine" with Anderson County, Texas) or a reading of another name
      // of the article nearby ("Lebanon" with "Boone County", whose readings lie in Missouri and
      // Indiana: spatial minimality, Leidner 2007)
      if (abroad >= 1
          && leading
          && (c.kind() == FeatureKind.ADMIN1
              || division >= 1
              || (g.neighbour.getOrDefault(c, 0.0) > 0
                  && noCountryBut(ctx, g, own, c.countryCode())))) {
        return true;
      }
      if (c.kind() == FeatureKind.ADMIN1
          && noCountryBut(ctx, g, own, null)
          && support.getOrDefault(c.countryCode() + "." + c.admin1(), 0) >= 2) {
        // "An Albany police SWAT team and Georgia Bureau of Investigation agents": no other name
        // is sure of its country, but another name has a reading of its own name in the state
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article's confidently resolved names (the group's own aside) name no country but
   * {@code country} (none at all when it is null): local news, not a world round-up that names
   * Lebanon among its countries.
   */
  private static boolean noCountryBut(Context ctx, Group g, GazetteerEntry own, String country) {
    for (Map.Entry<String, Integer> e : ctx.countries().entrySet()) {
      int n = e.getValue();
      if (ctx.counted().contains(g) && own.countryCode().equals(e.getKey())) {
        n -= g.nonDemonyms();
      }
      if (n > 0 && !e.getKey().equals(country)) {
        return false;
      }
    }
    return true;
  }

  /** A country whose own name (not an alternate) the group's name is, if any. */
  private static GazetteerEntry countryNamed(Group g) {
    String key = g.mentions.get(0).key();
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() == FeatureKind.COUNTRY
          && (NameKeys.key(c.name()).equals(key) || g.candidates.size() == 1)) {
        return c;
      }
    }
    // by an alternate name only: the most populous ("People's Republic of China" is also an
    // alternate spelling of Taiwan, the Republic of China)
    GazetteerEntry best = null;
    for (GazetteerEntry c : g.candidates) {
      if (c.kind() == FeatureKind.COUNTRY && (best == null || c.population() > best.population())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The score of a candidate without context: feature class first (continent, country, division),
   * then log population with a bonus for capitals and seats (GeoNames PPLC, PPLA) and a penalty for
   * sections, historical and abandoned places (PPLX, PPLH, PPLQ, PPLW).
   */
  static double prior(GazetteerEntry c) {
    return switch (c.kind()) {
      case CONTINENT -> 11;
      case COUNTRY -> 12;
      case ADMIN1 -> 5.5;
      case ADMIN2 -> 4;
      case REGION -> c.geonamesId() == null ? 8 : 3;
      case CITY -> Math.log10(c.population() + 1) + featureBonus(c.featureCode());
    };
  }

  private static double featureBonus(String code) {
    return switch (code) {
      case "PPLC" -> 2;
      case "PPLA" -> 1;
      case "PPLA2" -> 0.5;
      case "PPLX" -> -1.5;
      case "PPLH", "PPLQ", "PPLW" -> -3;
      default -> 0;
    };
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
