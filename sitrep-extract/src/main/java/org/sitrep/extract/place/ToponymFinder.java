package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;
import org.sitrep.extract.place.gazetteer.NameKeys;

/**
 * Finds toponyms: capitalised token runs that name a gazetteer place, longest first, checked
 * against the statistical NER so that people, organisations and ships do not become places.
 */
final class ToponymFinder {
  private static final int MAX_TOKENS = 6;

  /** NER classes that denote places (coarse and fine-grained CoreNLP tag sets). */
  private static final Set<String> LOCATION_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

  /** NER classes a place name may be mistaken for by the tagger. */
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "MISC");

  /** The dashes that end a dateline, as written and as CoreNLP's tokenizer normalises them. */
  private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "---", "\u2014", "\u2013");

  /** Prepositions that introduce a location (English grammar; locative and directional uses). */
  static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "near",
          "at",
          "from",
          "to",
          "into",
          "outside",
          "around",
          "across",
          "toward",
          "towards",
          "through",
          "throughout",
          "via",
          "inside",
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "of",
          "between",
          "and",
          "visit",
          "visited",
          "entered",
          "fled",
          "reached",
          "captured",
          "retook",
          "seized");

  /** Lower-case words allowed inside a multi-word place name. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "das", "the", "upon", "on",
          "al", "el", "ad", "ash", "as", "az", "ez", "an", "ar", "at", "y", "-", "and", "'s", "’s");

  /** Nouns before a name that make it a vessel's or aircraft's name, not a place. */
  private static final Set<String> VESSELS =
      Set.of(
          "carrier",
          "ship",
          "destroyer",
          "frigate",
          "cruiser",
          "submarine",
          "vessel",
          "uss",
          "hms",
          "tanker",
          "boat",
          "warship",
          "freighter",
          "ferry",
          "yacht",
          "liner",
          "aircraft");

  /** Words after a name that make it part of an organisation's name ("Damascus University"). */
  private static final Set<String> ORG_HEADS =
      Set.of(
          "forces",
          "army",
          "times",
          "post",
          "herald",
          "tribune",
          "journal",
          "gazette",
          "news",
          "company",
          "corp",
          "inc",
          "bank",
          "club",
          "party",
          "front",
          "committee",
          "ministry",
          "church",
          "observatory",
          "brigade",
          "brigades",
          "regiment",
          "division",
          "corps",
          "fc",
          "united",
          "street",
          "avenue",
          "road",
          "magazine",
          "daily",
          "press",
          "sun",
          "star",
          "courier",
          "register",
          "chronicle",
          "bulletin",
          "democrat",
          "republican",
          "examiner",
          "observer",
          "record",
          "review",
          "ledger",
          "institute",
          "center",
          "centre",
          "association",
          "authority",
          "airlines",
          "airways",
          "group",
          "holdings",
          "orchestra",
          "symphony",
          "zoo",
          "museum");

  /**
   * Countries whose place names reach English through Arabic, Persian, Kurdish or Urdu script, the
   * names the transliteration skeleton is made for (Arab League members, Iran, Afghanistan,
   * Pakistan).
   */
  private static final Set<String> ARABIC_SCRIPT =
      Set.of(
          "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
          "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF", "PK", "EH");

  /** The eight points of the compass, lower case: common words before or inside place names. */
  private static final Set<String> COMPASS_POINTS =
      Set.of("north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast");

  /** Single words that GeoNames lists as places but news uses as common words. */
  private static final Set<String> GENERIC =
      withCompassPoints(
          "central",
          "metro",
          "city",
          "county",
          "state",
          "police",
          "university",
          "road",
          "park",
          "center",
          "centre",
          "downtown",
          "union",
          "national",
          "federal",
          "republic",
          "gulf",
          "valley",
          "island",
          "lake",
          "river",
          "mount",
          // common English words that GeoNames also lists as villages (Street, Somerset; Hospital,
          // Limerick; Commerce, Texas): capitalised in names of streets, bodies and firms
          "street",
          "lane",
          "hospital",
          "church",
          "hall",
          "market",
          "commerce",
          "congress",
          "supreme",
          "superior",
          "continental",
          "royal",
          "free",
          "town",
          "port",
          "loop",
          "trail",
          "ridge",
          "grove",
          "woodlands",
          "creek",
          "hill",
          "hills",
          "mound",
          "colony",
          "story",
          "lot",
          "bell",
          "eagle",
          "god",
          "marines",
          "english",
          "western",
          "eastern",
          "northern",
          "southern");

  /** The compass points together with {@code words}, as an unmodifiable set. */
  private static Set<String> withCompassPoints(String... words) {
    return Stream.concat(COMPASS_POINTS.stream(), Stream.of(words))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Head nouns of named features and facilities: the feature classes of the US Geological Survey's
   * Geographic Names Information System ("Bay", "Falls", "Gap", "Reservoir", "Islands"; GNIS,
   * "Feature Class Definitions") and the facility nouns that end the names of homes, shops and
   * venues in local news ("Cedar Haven Nursing Home", "Interfaith Manor", "Bicester Village",
   * "Blossom Deli"). GeoNames lists villages under many of them; after a proper noun of the same
   * name they are that name's head ("Delaware Bay", "Farallon Islands"), never a place alone.
   */
  private static final Set<String> FEATURE_HEADS =
      Set.of(
          "airport",
          "arch",
          "arroyo",
          "bar",
          "basin",
          "bay",
          "beach",
          "bend",
          "bridge",
          "canal",
          "cape",
          "cave",
          "cemetery",
          "channel",
          "cliff",
          "crater",
          "crossing",
          "dam",
          "delta",
          "falls",
          "flat",
          "forest",
          "gap",
          "glacier",
          "harbor",
          "harbour",
          "island",
          "islands",
          "isthmus",
          "lake",
          "lakes",
          "levee",
          "mine",
          "park",
          "plain",
          "range",
          "rapids",
          "reserve",
          "reservoir",
          "ridge",
          "sea",
          "slope",
          "spring",
          "springs",
          "stream",
          "summit",
          "swamp",
          "tower",
          "trail",
          "tunnel",
          "valley",
          "well",
          "woods",
          "mountain",
          "mountains",
          "brook",
          "meadow",
          "meadows",
          "grove",
          "heights",
          "parkway",
          // facilities
          "academy",
          "arena",
          "area",
          "deli",
          "garden",
          "gardens",
          "haven",
          "home",
          "manor",
          "marina",
          "station",
          "transit",
          "village");

  /**
   * Heads of a place's own public bodies: in "Paris City Council", "Madison County Health
   * Department" or "University of Hartford" the place is named (LGL annotates these toponyms),
   * unlike a party, army, newspaper or company named after a place.
   */
  private static final Set<String> CIVIC_HEADS =
      Set.of(
          "city",
          "county",
          "state",
          "council",
          "department",
          "police",
          "fire",
          "public",
          "schools",
          "school",
          "university",
          "college",
          "hospital",
          "board",
          "commission",
          "township",
          "sheriff",
          "sheriffs",
          "health",
          "municipal",
          "parish",
          "borough",
          "village",
          "town",
          "district",
          "area",
          "metro",
          "regional",
          "community",
          "airport",
          "library",
          // schools, courts and other local public institutions ("Norfolk High School",
          // "Clarke County Superior Court", "Arlington Chamber of Commerce")
          "high",
          "elementary",
          "academy",
          "court",
          "superior",
          "circuit",
          "chamber",
          "transit",
          "housing",
          "rescue",
          "volunteer",
          // local government buildings, services and their public bodies ("Columbus Government
          // Center", "Columbus Metropolitan Library", "Branchville Correctional Facility",
          // "Zionsville Education Foundation", "Wamego Seniors Center")
          "government",
          "metropolitan",
          "correctional",
          "education",
          "seniors",
          "senior",
          "recreation",
          "parks",
          "maternity",
          "memorial");

  /**
   * Organisation heads that, after a country's or state's name, make a public body of that place
   * ("Texas Army National Guard", "Florida Association of Realtors", "U.S. Army"), which LGL and
   * GeoVirus annotate as toponyms; a newspaper or party ("Washington Post") stays an organisation.
   */
  private static final Set<String> PUBLIC_HEADS =
      Set.of(
          "army",
          "association",
          "institute",
          "center",
          "centre",
          "authority",
          "bank",
          "ministry",
          "corps",
          "committee",
          "division");

  /**
   * Last words of armed and political groups ("Syrian Democratic Forces", "Iraqi Popular
   * Mobilization Units"), whose demonym says who they are, not where.
   */
  private static final Set<String> ARMED_HEADS =
      Set.of(
          "forces",
          "army",
          "front",
          "brigade",
          "brigades",
          "party",
          "militia",
          "militias",
          "movement",
          "regiment",
          "battalion",
          "units",
          "council",
          "coalition",
          "guard");

  /**
   * Abbreviations of Canadian provinces and territories after a town's name (The Canadian Press
   * Stylebook; "N.L." since 2001, "Nfld." before), with their GeoNames admin1 codes.
   */
  private static final Map<String, String> CANADIAN_PROVINCES =
      Map.ofEntries(
          Map.entry("Alta.", "01"),
          Map.entry("B.C.", "02"),
          Map.entry("Man.", "03"),
          Map.entry("N.B.", "04"),
          Map.entry("N.L.", "05"),
          Map.entry("Nfld.", "05"),
          Map.entry("N.S.", "07"),
          Map.entry("Ont.", "08"),
          Map.entry("P.E.I.", "09"),
          Map.entry("Que.", "10"),
          Map.entry("Sask.", "11"),
          Map.entry("N.W.T.", "13"));

  /**
   * Abbreviations of Australian states that the news writes alone ("NSW", "Qld"), with their
   * GeoNames admin1 codes (AU.02 New South Wales, AU.04 Queensland); the short ones (SA, WA, NT,
   * Vic, Tas) are common words or initials too often to be read as states.
   */
  private static final Map<String, String[]> DIVISION_ABBREVIATIONS =
      Map.of("NSW", new String[] {"AU", "02"}, "Qld", new String[] {"AU", "04"});

  /**
   * A copula or appositive with a settlement noun after a name (Wikipedia's first sentence, a news
   * report's appositive): up to five words before the noun, none of them a preposition or relative
   * pronoun, and the noun followed by a preposition, a parenthesis or punctuation. Between the name
   * and the copula Wikipedia's lead may give a pronunciation in slashes ("Camas /ˈkæməs/ is a city
   * in"), another spelling after "or" ("Shendi or Shandi (Arabic: شندي) is a town in") and a
   * parenthesis (Wikipedia Manual of Style, "Lead section: first sentence").
   */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "\\s*(?:/[^/\\n]{1,60}/\\s*)?(?:or\\s+\\p{Lu}[\\w-]*\\s*)?(?:\\([^()]{0,150}\\)\\s*)?(?:,\\s*)?(?:is|was|,)\\s+(?:a|an|the)\\s+"
              + "(?:(?!(?:of|in|from|for|with|at|to|by|who|whose|which|that|is|was|are|were)\\b)"
              + "[\\w-]+,?\\s+){0,5}?"
              + "(?:town|city|village|hamlet|community|municipality|suburb|settlement|district"
              + "|county|province|governorate|region|neighbou?rhood|borough|township|place|capital"
              + "|seat|port|commune|comune|parish|locality|townsite|tehsil|kibbutz|barrio|mukim)s?"
              + "(?=\\s*[(,.;]|\\s+(?:in|of|on|near|outside|located|situated|along|between|within"
              + "|and)\\b)");

  /** Titles of local officials written between their town and their name (AP style). */
  private static final Set<String> OFFICE_TITLES =
      Set.of(
          "mayor",
          "sheriff",
          "selectman",
          "selectwoman",
          "councilman",
          "councilwoman",
          "councillor",
          "commissioner",
          "supervisor",
          "prosecutor",
          "superintendent",
          "clerk",
          "treasurer",
          "administrator",
          "alderman",
          "coroner",
          "constable",
          "judge",
          "gm");

  /** Words that modify an office title rather than name a town: "Vice Mayor", "Deputy Sheriff". */
  private static final Set<String> TITLE_MODIFIERS =
      Set.of("vice", "deputy", "assistant", "acting", "interim", "former", "chief", "lord");

  /**
   * Words for a town's urban area before its name at the end of an organisation's name: "United Way
   * of Metropolitan Atlanta", "Metro Vancouver", "Municipal Corporation of Greater Mumbai".
   */
  private static final Set<String> METRO_WORDS =
      Set.of("Metro", "Metropolitan", "Greater", "Downtown");

  /** Nouns for a person that a town's name modifies in local news: "a Chapin man". */
  private static final Set<String> RESIDENT_NOUNS =
      Set.of(
          "man",
          "woman",
          "resident",
          "teen",
          "teenager",
          "boy",
          "girl",
          "couple",
          "native",
          "homeowner",
          "motorist");

  /** Division words after a name: "Deir ez-Zor province", "Fulton County". */
  private static final Set<String> DIVISION_WORDS =
      Set.of("province", "governorate", "region", "state", "oblast", "prefecture", "district");

  /** "St. Paul", "Mt. Pleasant", "Ft. Myers": a name opened by an abbreviated title word. */
  private static final Pattern TITLE_ABBREVIATION =
      Pattern.compile("(?:St|Mt|Ft|ST|MT|FT)\\.\\s?\\p{Lu}[^.]*");

  /** Cities that US news names by their initials (AP style "L.A."). */
  private static final Map<String, String> CITY_ABBREVIATIONS =
      Map.of("L.A.", "los angeles", "N.Y.C.", "new york city");

  /** Abbreviated title words that open a place's name, as written ("St.", "MT."). */
  private static final Set<String> TITLE_WORDS =
      Set.of("St.", "Mt.", "Ft.", "ST.", "MT.", "FT.", "St", "Saint");

  private static final Map<String, String> SPELLED =
      Map.of("st", "saint", "mt", "mount", "ft", "fort");

  /** Division words that name a first-level division: "Washington state", "Idlib province". */
  private static final Set<String> FIRST_LEVEL_WORDS =
      Set.of("province", "governorate", "state", "oblast", "prefecture");

  private final Gazetteer gazetteer;

  /**
   * Words of the current document's multi-word PERSON mentions, full names whose parts are not
   * places (per thread: the finder is shared).
   */
  private final ThreadLocal<Set<String>> personWords = ThreadLocal.withInitial(Set::of);

  /**
   * Names the current document defines as settlements ("Wright is a town in ..."; per thread),
   * which are places also where they are a word of a person's full name.
   */
  private final ThreadLocal<Set<String>> defined = ThreadLocal.withInitial(Set::of);

  private final ThreadLocal<Set<String>> wordRuns = ThreadLocal.withInitial(Set::of);

  ToponymFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The toponyms of a tokenised, NER-tagged text, in text order. */
  List<Toponym> find(
      String text, List<Token> tokens, List<Sentence> sentences, List<NerMention> ner) {
    NerMention[] mentionAt = new NerMention[tokens.size()];
    for (NerMention m : ner) {
      for (int t = m.tokenFrom(); t < m.tokenTo() && t < tokens.size(); t++) {
        mentionAt[t] = m;
      }
    }
    Set<String> personWords = new HashSet<>();
    for (NerMention m : ner) {
      if (m.type().equals("PERSON") && m.tokenTo() - m.tokenFrom() > 1) {
        for (int t = m.tokenFrom(); t < m.tokenTo() && t < tokens.size(); t++) {
          personWords.add(tokens.get(t).word().toLowerCase(Locale.ROOT));
        }
      }
    }
    this.personWords.set(personWords);
    this.defined.set(Set.of());
    this.wordRuns.set(wordRuns(text));
    List<Toponym> first = scan(text, tokens, sentences, mentionAt, Set.of());
    Set<String> known = first.stream().map(Toponym::key).collect(Collectors.toSet());
    Set<String> defined = new HashSet<>();
    for (Toponym t : first) {
      if (settlementNoun(text, t.end())) {
        defined.add(t.key());
      }
    }
    this.defined.set(defined);
    return datelines(
        text,
        definedSettlements(
            text, tokens, sentences, scan(text, tokens, sentences, mentionAt, known)));
  }

  /** The NER classes of times and numbers, never the name of a settlement. */
  private static final Set<String> TEMPORAL_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** The longest name, in words, that a definition may introduce as an unknown settlement. */
  private static final int DEFINED_WORDS = 3;

  /**
   * "Padi is a locality and neighbourhood in Chennai", "Kot is a village in the southeast corner of
   * Fatehpur district", "Kampungu, a village near Kikwit": a capitalised name that the gazetteer
   * lacks, defined as a settlement (see {@link #settlementNoun}) and followed in its sentence by a
   * known place below the country level, is a toponym whose readings are that place's (the
   * resolver's qualifiers and containers then choose among them, as for a name the gazetteer does
   * not place there); the name's other occurrences in the article are the same place.
   */
  List<Toponym> definedSettlements(
      String text, List<Token> tokens, List<Sentence> sentences, List<Toponym> found) {
    List<Toponym> added = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Sentence s : sentences) {
      for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
        if (!capitalised(tokens.get(i).word())
            || !tokens.get(i).posStartsWith("NNP")
            || TEMPORAL_NER.contains(String.valueOf(tokens.get(i).ner()))
            || "ORGANIZATION".equals(tokens.get(i).ner())) {
          // not "in May, the city council ...": a date is no settlement; nor "Butler Tech, a
          // career-technical school district in ...", an organisation named like a division
          continue;
        }
        int to = i + 1;
        while (to < s.tokenTo()
            && to - i < DEFINED_WORDS
            && capitalised(tokens.get(to).word())
            && tokens.get(to).posStartsWith("NNP")
            && !TEMPORAL_NER.contains(String.valueOf(tokens.get(to).ner()))) {
          to++;
        }
        if ((i > s.tokenFrom() && capitalised(tokens.get(i - 1).word()))
            || (i - 2 >= s.tokenFrom() && possessiveSettlement(tokens, s, i - 2))) {
          continue; // the end of a longer name ("Point Roberts", "Beebe's Corners")
        }
        int opened = openedName(tokens, s, i);
        if (opened > to && opened - i <= DEFINED_WORDS) {
          to = opened; // "Beebe's Corners is a hamlet in ...": the whole name is defined
        }
        int start = tokens.get(i).start();
        int end = tokens.get(to - 1).end();
        String surface = text.substring(start, end);
        String key = NameKeys.key(surface);
        if (key.isEmpty()
            || done.contains(key)
            || (to - i == 1 && GENERIC.contains(key))
            || overlaps(found, start, end)
            || !settlementNoun(text, end)) {
          continue;
        }
        int sentenceEnd = tokens.get(s.tokenTo() - 1).end();
        List<GazetteerEntry> readings = List.of();
        for (Toponym t : found) {
          if (t.start() >= end
              && t.start() < sentenceEnd
              && !t.demonym()
              && !parenthesised(text, end, t.start())) {
            // "Dogu Beyazit, a farming town in eastern Turkey": a country is no container to
            // read the settlement from, and its namesake towns (Turkey, New Jersey) are wrong
            if (!t.can(FeatureKind.COUNTRY) && !t.can(FeatureKind.CONTINENT)) {
              readings = t.candidates();
            }
            break;
          }
        }
        if (readings.isEmpty()) {
          continue;
        }
        done.add(key);
        for (int j = 0; j + (to - i) <= tokens.size(); j++) {
          int e = j + (to - i) - 1;
          int a = tokens.get(j).start();
          int b = tokens.get(e).end();
          if (text.substring(a, b).equals(surface)
              && (j == 0 || !capitalised(tokens.get(j - 1).word()) || j == i)
              && (e + 1 >= tokens.size() || !capitalised(tokens.get(e + 1).word()) || j == i)
              && !overlaps(found, a, b)) {
            added.add(new Toponym(a, b, surface, key, readings, false, true, false).asStandIn());
          }
        }
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<Toponym> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Toponym::start));
    return out;
  }

  /**
   * Whether a parenthesis opened after the name is still open at {@code at}: "San Luis (the Spanish
   * language name of Saint Louis) is a city in Yuma County" names another place in the parenthesis,
   * not the container.
   */
  static boolean parenthesised(String text, int from, int at) {
    int open = 0;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      open += c == '(' ? 1 : c == ')' && open > 0 ? -1 : 0;
    }
    return open > 0;
  }

  private static boolean overlaps(List<Toponym> toponyms, int start, int end) {
    for (Toponym t : toponyms) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  /** A dash or "(AP)" after a dateline's qualifier (AP Stylebook, "datelines"). */
  private static final Pattern DATELINE_END =
      Pattern.compile("\\A\\.?\\s*(?:\\([A-Z]{2,}\\)|-|\u2014|\u2013)");

  /**
   * The toponyms with the qualifier of each dateline marked ({@link Toponym#dateline}): a town
   * qualified by the next toponym after a comma ("ORLANDO, Fla. (AP) —", "SALINA, Kan. Strong
   * wind", "Paris, Tenn. —") is a dateline when the town is in capitals or the qualifier is
   * followed by a dash or an agency's "(AP)" (AP Stylebook, "datelines").
   */
  static List<Toponym> datelines(String text, List<Toponym> toponyms) {
    List<Toponym> out = new ArrayList<>(toponyms);
    for (int i = 0; i + 1 < out.size(); i++) {
      Toponym a = out.get(i);
      Toponym b = out.get(i + 1);
      if (!text.substring(a.end(), b.start()).trim().equals(",")) {
        continue;
      }
      String town = a.text();
      boolean capitals =
          town.codePoints().filter(Character::isLetter).count() >= 3
              && town.equals(town.toUpperCase(Locale.ROOT));
      String after = text.substring(b.end(), Math.min(text.length(), b.end() + 8));
      if (capitals || DATELINE_END.matcher(after).lookingAt()) {
        out.set(i + 1, b.asDateline());
      }
    }
    return out;
  }

  /**
   * One pass over the sentences; names in {@code known} were accepted elsewhere in the document and
   * are accepted again where the context alone would not suffice (one sense per discourse).
   */
  private List<Toponym> scan(
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      NerMention[] mentionAt,
      Set<String> known) {
    List<Toponym> out = new ArrayList<>();
    for (Sentence s : sentences) {
      int i = s.tokenFrom();
      while (i < s.tokenTo()) {
        Toponym found = null;
        int used = 1;
        Toponym hometown = partyHometown(text, tokens, s, i);
        if (hometown != null) {
          out.add(hometown);
          i += hometown.end() == tokens.get(i).end() ? 1 : 3;
          continue;
        }
        Toponym special = stateOrDemonym(text, tokens, s, i, mentionAt);
        if (special != null) {
          out.add(special);
          i += special.end() > tokens.get(i).end() ? 2 : 1;
          continue;
        }
        int whole = openedName(tokens, s, i);
        if (whole > i
            && possessiveSettlement(tokens, s, i)
            && gazetteer.exact(NameKeys.key(runText(text, tokens, i, whole))).isEmpty()) {
          i = whole; // "Beebe's Corners" the gazetteer lacks: neither Beebe nor Corners
          continue;
        }
        if (startsName(tokens.get(i))) {
          for (int n = Math.min(MAX_TOKENS, s.tokenTo() - i); n >= 1 && found == null; n--) {
            found = tryRun(text, tokens, s, i, i + n, mentionAt, lastEnd(out), known);
            used = n;
          }
        }
        if (whole > i + 1
            && (found == null || used == 1)
            && placedByText(text, tokens, s, whole)
            && minorTail(tailAt(text, tokens, s, i + 1, whole, mentionAt, lastEnd(out), known))) {
          // "Point Roberts", "West Yorkshire": a name opened by a compass word or a feature
          // generic that the gazetteer lacks whole is read whole or not at all, never as its
          // rest alone (Roberts, Yorkshire); a definition may still place it
          // (definedSettlements). A rest that names a division, a region or a large city is
          // the place the name is part of ("West Texas", "East Africa", "South Los Angeles");
          // a name the text neither defines nor qualifies is read as before ("Lake Robinson",
          // "Mount Hood's slopes": the gold corpora accept the rest's point for the feature)
          i = whole;
          continue;
        }
        if (found != null) {
          out.add(found);
          i += used;
        } else {
          out.addAll(hyphenParts(text, tokens.get(i), known));
          i++;
        }
      }
    }
    return out;
  }

  private Toponym tryRun(
      String text,
      List<Token> tokens,
      Sentence s,
      int from,
      int to,
      NerMention[] mentionAt,
      int lastEnd,
      Set<String> known) {
    Token last = tokens.get(to - 1);
    if (!capitalised(last.word())) {
      return null;
    }
    for (int t = from + 1; t < to - 1; t++) {
      String w = tokens.get(t).word();
      if (!capitalised(w) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    String surface = text.substring(tokens.get(from).start(), last.end());
    String key = NameKeys.key(surface);
    if (key.isEmpty() || (to - from == 1 && GENERIC.contains(key))) {
      return null;
    }
    if (featureHeadOfName(tokens, s, from, to)) {
      return null;
    }
    if (insideFacilityName(tokens, s, from, to) && !isCountryLike(gazetteer.exact(key))) {
      return null;
    }
    // "Sale is a city in ...", "Gap is a census-designated place": a name the text defines as a
    // settlement, which the tagger may take for a common noun, verb or adjective
    boolean settles = settlementNoun(text, last.end());
    boolean defines = settles || defined.get().contains(key);
    if (to - from == 1
        && !defines
        && (mentionAt[from] == null || !"LOCATION".equals(mentionAt[from].type()))
        && usedAsCommonWord(text, wordRuns.get(), surface)) {
      // "Village" in a title-case headline, when the article also writes "a village": a common
      // word capitalised by the headline style, not a place the tagger recognised
      return null;
    }
    List<GazetteerEntry> cands = gazetteer.exact(key);
    String spelled = CITY_ABBREVIATIONS.get(surface);
    if (cands.isEmpty() && spelled != null) {
      cands = gazetteer.exact(spelled);
    }
    boolean titled = spelled != null || TITLE_ABBREVIATION.matcher(surface).matches();
    if (cands.isEmpty() && titled) {
      // "St. Paul", "Mt. Pleasant", "Ft. Worth": the abbreviation spelled out
      cands = gazetteer.exact(SPELLED.get(key.substring(0, 2)) + key.substring(2));
    }
    if (cands.isEmpty() && !capitalArticle(tokens, from, to)) {
      cands = gazetteer.exact(NameKeys.withoutArticles(key));
    }
    boolean loc = allLocation(tokens, from, to, mentionAt);
    if (cands.isEmpty() && loc && wholeMention(from, to, mentionAt)) {
      cands = bySkeleton(key);
    }
    if (cands.isEmpty()) {
      return null;
    }
    // recognition looks at the readings of the name itself: a county named without its word
    // ("Carter" for Carter County) resolves a place found otherwise, but makes no surname one
    List<GazetteerEntry> named = withoutCountyStems(cands, key);
    if (to - from >= 2
        && lower(last.word()).equals("city")
        && cands.stream().noneMatch(c -> NameKeys.key(c.name()).equals(key))) {
      // "Dublin City Schools", "Las Vegas City Council": "City" is the body's word, and "Dublin
      // City" only an alternate name of one Dublin; the town is the shorter name (unlike "Kansas
      // City", a city's own name)
      return null;
    }
    boolean dateline = dateline(tokens, s, from, to, surface);
    if (to - from == 1 && acronym(surface) && !isCountryLike(named) && !dateline) {
      return null; // "FAO", "SRT", "PA": an acronym, unless a country's or state's ("US", "NY")
    }
    if (surface.contains(".") && !titled && !isCountryLike(named)) {
      return null; // "St.", "Pa.": abbreviations are places only as countries or states
    }
    String prev = from > s.tokenFrom() ? lower(tokens.get(from - 1).word()) : "";
    String next = to < s.tokenTo() ? lower(tokens.get(to).word()) : "";
    boolean countyList = countyList(tokens, s, from, to);
    boolean division = DIVISION_WORDS.contains(next) || next.equals("county") || countyList;
    if (division) {
      // "Washington state" is the state, "Washington County" a county: the word names the level
      Set<FeatureKind> levels =
          next.equals("county") || countyList
              ? Set.of(FeatureKind.ADMIN2)
              : FIRST_LEVEL_WORDS.contains(next)
                  ? Set.of(FeatureKind.ADMIN1)
                  : Set.of(FeatureKind.ADMIN1, FeatureKind.ADMIN2);
      List<GazetteerEntry> divs =
          cands.stream().filter(c -> levels.contains(c.kind())).collect(Collectors.toList());
      if (divs.isEmpty()) {
        divs =
            cands.stream()
                .filter(c -> c.kind() == FeatureKind.ADMIN1 || c.kind() == FeatureKind.ADMIN2)
                .collect(Collectors.toList());
      }
      if (!divs.isEmpty()) {
        cands = divs;
      }
    } else if (ORG_HEADS.contains(next)
        && !(PUBLIC_HEADS.contains(next) && isCountryLike(named))
        && !partisan(prev, next)
        && to < s.tokenTo()
        && capitalised(tokens.get(to).word())) {
      return null;
    }
    if (climateMode(tokens, s, to)) {
      return null; // "the Pacific Decadal Oscillation": a climate mode named after its ocean
    }
    if (saintsPossessive(tokens, s, from, to)
        && named.stream().noneMatch(c -> c.population() >= 100_000)) {
      // "St. Mary's", "St. John's Lutheran Church", "St. Peter's Square": a church, school or
      // square named after the saint, not a town named after him (Mary, Turkmenistan; St. John,
      // Jersey); the town of the possessive name only where the text places it ("ST. JOHN'S,
      // N.L."); a large city's possessive is that city's ("St. Petersburg's", "St. Louis's")
      return possessiveTown(text, tokens, s, from, to);
    }
    if (from > s.tokenFrom() && TITLE_WORDS.contains(tokens.get(from - 1).word())) {
      // "the St. Paul Pioneer Press": the word after "St." is the saint's name, part of a longer
      // name, never a place of its own (Paul, Cape Verde)
      return null;
    }
    if (modelYearBefore(tokens, s, from, to)
        && !endsWithDivisionWord(last)
        && !isCountryLike(named)) {
      // "a 2005 Honda Civic", "the 2007 Toyota Camry": a car's make after its model year (how
      // local news names a vehicle), not Honda, Colombia or Toyota, Japan; not "the 2008 Walker
      // County Fair" nor "a 2007 U.S. Supreme Court decision"
      return null;
    }
    if (possessedNothing(tokens, s, to)
        && !allLocation(tokens, from, to, mentionAt)
        && !isCountryLike(named)) {
      // "McDonald's is asking", "from McDonald's, Joanna ...", "Sohovich owns Soho's in", "at
      // Carter's, and": a possessive with nothing after it that it possesses names a business
      // or a person's home; a name the tagger takes for a location ("Melbourne's is expected")
      // or a country or state ("Illinois's") is read as before
      return null;
    }
    if (vehicleName(tokens, s, from, to)
        && named.stream().noneMatch(c -> c.kind() == FeatureKind.COUNTRY)) {
      // "a Honda Odyssey", "the Toyota Camry", "a red Dodge Durango", "the Ford Bronco": a car's
      // make and model, not Honda, Colombia, Toyota, Japan, the state of Durango or Bronte, Texas
      // (models are named after states: "Chevrolet Colorado"); a country after a make is the
      // maker's branch there ("Toyota Canada")
      return null;
    }
    if (prev.equals("the")
        && tokens.get(from).word().equals("White")
        && from + 1 < s.tokenTo()
        && tokens.get(from + 1).word().equals("House")) {
      // "the White House" is the US president's residence and office, never White House,
      // Tennessee, which the news writes without the article ("in White House, Tenn.")
      return null;
    }
    if (vesselBefore(tokens, s, from)) {
      return null;
    }
    if (!loc && afterPossessiveName(tokens, s, from)) {
      // "Moore's Ford", "St. John's Lutheran School": a word after a capitalised possessive is
      // part of that name (a bridge, a church, a school), not a place of its own
      return null;
    }
    String after = to + 1 < s.tokenTo() ? lower(tokens.get(to + 1).word()) : "";
    boolean surnameWord = to - from == 1 && surname(lower(tokens.get(from).word()), key);
    String prev2 = from - 1 > s.tokenFrom() ? lower(tokens.get(from - 2).word()) : "";
    boolean inContext =
        (LOCATIVES.contains(prev) && !sourceTo(prev2, prev))
            // "Ozark police", "the Fremont school board", "Preble voters": a town's services and
            // people, not a surname's ("Clinton voters" in an article on Hillary Clinton)
            || (localBody(next, after)
                && !surnameWord
                && key.length() > 1 // "the District A school board"
                && (mentionAt[from] == null || !mentionAt[from].type().equals("MISC")))
            || dateline
            || countyList
            || settles
            || official(from, to, next, mentionAt)
            // "the late Bradford Woods Mayor Ted Fithian" with the town tagged alone or untagged
            || (officeAfter(tokens, from, to, next, mentionAt) && !surnameWord)
            || partisan(prev, next)
            // not an other-name class: "an Arab woman" is no town's woman
            || (townsfolk(ageBefore(text, tokens.get(from).start(), prev), next)
                && (mentionAt[from] == null || !mentionAt[from].type().equals("MISC")));
    String lastWord = lower(last.word());
    boolean divisionName =
        (lastWord.equals("county")
                || lastWord.equals("parish")
                || DIVISION_WORDS.contains(lastWord))
            && cands.stream()
                .anyMatch(c -> c.kind() == FeatureKind.ADMIN2 || c.kind() == FeatureKind.ADMIN1);
    boolean locative = inContext || known.contains(key);
    boolean qualified = qualifiedNext(text, tokens, s, to);
    boolean strongName = strongCandidate(named);
    if (surnameWord && !loc && !inContext && !qualified && !isCountryLike(named)) {
      return null; // a surname of the document's people ("Mr. Underwood", then "Underwood")
    }
    // "Raqqa and Deir al-Zour": a name listed right after another toponym
    boolean listed =
        (prev.equals("and") || prev.equals("or") || prev.equals(","))
            && from - 2 >= s.tokenFrom()
            && lastEnd == tokens.get(from - 2).end();
    if (!loc) {
      // a span overlapping a PERSON/ORGANIZATION/MISC mention must be the whole mention, in a
      // place context; anything else (part of a name, a numeric class) is not a place
      for (int t = from; t < to; t++) {
        NerMention m = mentionAt[t];
        if (m == null || LOCATION_TYPES.contains(m.type())) {
          continue;
        }
        if (!NAME_TYPES.contains(m.type())) {
          return null;
        }
        if (m.tokenFrom() != from || m.tokenTo() != to) {
          if (m.type().equals("ORGANIZATION")
              && from > m.tokenFrom()
              && m.tokenTo() == to
              && METRO_WORDS.contains(tokens.get(from - 1).word())
              && populated(named)) {
            // "United Way of Metropolitan Atlanta", "according to Metro Vancouver", "the Municipal
            // Corporation of Greater Mumbai": a town after a word for its urban area that ends an
            // organisation's name says where the body is (the tagger takes the pair for the body)
            continue;
          }
          if (m.tokenFrom() == from
              && m.tokenTo() > to
              && next.equals("-")
              && to + 1 < s.tokenTo()
              && !after.isEmpty()
              && Character.isLowerCase(tokens.get(to + 1).word().charAt(0))
              && isCountryLike(named)) {
            // "the U.S.-led invasion", "an Australia-wide ban": a country's or state's name before
            // a
            // hyphen and a lower-case word is that place, although the tagger makes the compound
            // one
            // other-name mention (a literal modifier: Gritta et al. 2018, "What's missing in
            // geographical parsing?")
            continue;
          }
          if (to - from >= 2
              && known.contains(key)
              && m.tokenFrom() == from
              && m.tokenTo() < to
              && !m.type().equals("ORGANIZATION")) {
            // "OUAGADOUGOU, Burkina Faso": the tagger takes "Burkina" for a person; a name of
            // several words that the article names as a place elsewhere, and that covers the whole
            // mention and more, is that place here too (one sense per discourse, Gale et al. 1992)
            continue;
          }
          if (m.type().equals("PERSON") && divisionName && to - from >= 2) {
            // "the 2008 Walker County Fair Queen": a county's full name inside a person's
            // title names the county, as inside an organisation's name
            continue;
          }
          if (official(from, to, next, mentionAt) && populated(named)) {
            // "Litchfield Selectman Marsha Bernstein", "Charles City Sheriff Javier J. Smith",
            // "Erie GM Sherry Bassin": an official named with the town whose office he holds
            // (AP style), which the tagger makes part of the person's name
            continue;
          }
          if (partisan(prev, next) && (populated(named) || isCountryLike(named))) {
            // "the Cleveland Republican", "a Connecticut Democrat": a politician named by his
            // town or state and party, which the tagger makes one name (AP style)
            continue;
          }
          if (m.type().equals("PERSON")
              && m.tokenTo() == to
              && from - 1 > m.tokenFrom()
              && prev.equals("of")
              && populated(named)) {
            // "Terry McAuliffe of McLean": a person named with the town he comes from, which the
            // tagger makes part of the name (local news style)
            continue;
          }
          // "University of Nebraska-Lincoln", "Bright of Lexington": a town's or state's own name
          // that ends an organisation's name after "of" or a hyphen says where the body is
          if (m.type().equals("ORGANIZATION")
              && (civic(tokens, m, from, to)
                  || (municipalInside(tokens, m, from, to) && populated(named))
                  || divisionName
                  || isCountryLike(named)
                  || (known.contains(key) && m.tokenFrom() == from)
                  || (m.tokenTo() == to
                      && from > m.tokenFrom()
                      && (prev.equals("of") || prev.equals("-"))
                      && ownName(named, key)))) {
            // "Laurel County Fiscal Court": a county's own name opens its body's name; "Texas
            // Forest Service", "Bank of Canada": a country or state named in an organisation's
            // name is a toponym for LGL and GeoVirus (Gritta et al. 2018, "A pragmatic guide to
            // geoparsing evaluation": embedded literals); so is a town the article names on its
            // own elsewhere, at the head of a body's name ("Dublin Arts Council", "Harwinton
            // Senior Center" in an article that names Dublin or Harwinton)
            continue;
          }
          return null;
        }
        boolean ok =
            switch (m.type()) {
              case "ORGANIZATION" ->
                  locative
                      || qualified
                      || listed
                      || (strongName && ownName(cands, key))
                      || divisionName;
                // "Henry County's unemployment rate": a county's full name is no person's
              case "PERSON" ->
                  inContext || qualified || listed || (locative && !surnameWord) || divisionName;
              default -> locative || qualified || listed || waterOrRegion(named);
            };
        if (!ok) {
          return null;
        }
      }
      boolean tagged = false;
      for (int t = from; t < to; t++) {
        tagged |= mentionAt[t] != null;
      }
      if (to - from == 1
          && mentionAt[from] != null
          && !known.contains(key)
          && !division
          && !named.isEmpty()
          && named.size() == cands.size()
          && !isCountryLike(named)
          && !waterOrRegion(named)
          && named.stream().noneMatch(c -> NameKeys.key(c.name()).equals(key))) {
        // "talks between Israel and Hamas" (Hamm), "Kristina said" (Ristiina), "Passover" (a
        // Mountain City): a one-word name the tagger gives a person, organisation or other name
        // class, and that is only an alternate name of its readings, is that name, not the place,
        // even in a place context; a place's own name, a country's, a county's without its word
        // and a name the article takes as a place elsewhere are still read
        return null;
      }
      if (!tagged) {
        // untagged run: proper nouns only, and a strong name or a place context
        boolean capitals = surface.equals(surface.toUpperCase(Locale.ROOT));
        for (int t = from; t < to; t++) {
          Token k = tokens.get(t);
          // "BYESVILLE --", "MOUNT GILEAD (AP)": the tagger takes a dateline's capitals for
          // common nouns; a name the article names elsewhere is the place
          if (capitalised(k.word())
              && !k.posStartsWith("NNP")
              && !defines
              && !dateline
              && !divisionName // "Licking County Prosecutor": "Licking" tagged as a verb
              && !(capitals && known.contains(key))) {
            // a dateline is read whatever its case ("DeKALB –": one small letter allowed there)
            return null;
          }
        }
        boolean sentenceStart = from == s.tokenFrom();
        // "Cooke, Grayson and Love counties": before a division word or in a county list the
        // county readings of a bare name are its readings, not only a weak stem
        List<GazetteerEntry> read = division ? cands : named;
        if (!(veryStrong(read) || ((locative || qualified) && populated(read)))) {
          return null;
        }
        if (sentenceStart && to - from == 1 && !(locative || qualified) && !isCountryLike(named)) {
          return null;
        }
      }
    }
    return new Toponym(
        tokens.get(from).start(),
        last.end(),
        surface,
        key,
        cands,
        division,
        loc || locative,
        false);
  }

  /**
   * A capitalised proper noun, not an article that a headline's title case or the tagger took for
   * one ("The Dallas Seniors Center").
   */
  private static boolean nameWord(Token t) {
    return capitalised(t.word()) && t.posStartsWith("NNP") && !ARTICLES.contains(lower(t.word()));
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Words that name a part or the urban area of the place after them ("North Dallas Hospital"). */
  private static final Set<String> AREA_WORDS =
      withCompassPoints(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "metro",
          "metropolitan",
          "greater",
          "downtown",
          "upper",
          "lower",
          "historic");

  /** Nouns that end the name of a building or institution named after a person. */
  private static final Set<String> FACILITY_NOUNS =
      Set.of(
          "building",
          "center",
          "centre",
          "hospital",
          "school",
          "gallery",
          "hall",
          "library",
          "museum",
          "stadium",
          "clinic",
          "institute",
          "theater",
          "theatre",
          "auditorium",
          "memorial");

  /**
   * Whether the run is a word inside the name of a building or institution ("the Ronald Reagan
   * Building", "Fort Sanders Medical Center", "George Washington High School", "the Royal Alexandra
   * Hospital"): a capitalised proper noun other than a compass or area word ({@link #AREA_WORDS})
   * comes right before it, and the capitalised words after it end with a facility noun ({@link
   * #FACILITY_NOUNS}). A town at the head of such a name ("Norfolk High School") is read as before.
   */
  static boolean insideFacilityName(List<Token> tokens, Sentence s, int from, int to) {
    if (from <= s.tokenFrom()) {
      return false;
    }
    Token before = tokens.get(from - 1);
    if (!nameWord(before) || AREA_WORDS.contains(lower(before.word()))) {
      return false;
    }
    int t = to;
    while (t < s.tokenTo() && capitalised(tokens.get(t).word())) {
      t++;
    }
    return t > to && FACILITY_NOUNS.contains(lower(tokens.get(t - 1).word()));
  }

  /** How a saint's name opens: "St. Mary", "St Mary", "Saint Mary", "ST. JOHN". */
  private static final Set<String> SAINT_WORDS = Set.of("st.", "st", "saint");

  /**
   * Whether the run is a saint's name ("St." and one word) followed by a possessive ("St. Mary's",
   * "St Ann's").
   */
  static boolean saintsPossessive(List<Token> tokens, Sentence s, int from, int to) {
    if (to - from != 2 || to >= s.tokenTo()) {
      return false;
    }
    String next = tokens.get(to).word();
    return SAINT_WORDS.contains(lower(tokens.get(from).word()))
        && (next.equals("'s") || next.equals("\u2019s") || next.equals("'S"));
  }

  /**
   * The town whose name is the saint's possessive ("St. John's", Newfoundland), where a state or
   * province qualifies it or it opens a dateline; otherwise none.
   */
  private Toponym possessiveTown(String text, List<Token> tokens, Sentence s, int from, int to) {
    String surface = text.substring(tokens.get(from).start(), tokens.get(to).end());
    boolean province =
        to + 2 < s.tokenTo()
            && tokens.get(to + 1).word().equals(",")
            && CANADIAN_PROVINCES.containsKey(tokens.get(to + 2).word());
    if (!province
        && !qualifiedNext(text, tokens, s, to + 1)
        && !dateline(tokens, s, from, to + 1, surface)) {
      return null;
    }
    String key = NameKeys.key(surface);
    List<GazetteerEntry> cands = gazetteer.exact(key);
    if (cands.isEmpty() && key.startsWith("st ")) {
      cands = gazetteer.exact("saint" + key.substring(2));
    }
    if (cands.isEmpty()) {
      return null;
    }
    return new Toponym(
        tokens.get(from).start(), tokens.get(to).end(), surface, key, cands, false, true, false);
  }

  /**
   * Whether the run is only the head noun of a longer name whose proper noun comes right before it
   * ("Delaware Bay", "Cedar Haven", "Farallon Islands", "Zion National Park"): its words are all
   * feature or facility heads ({@link #FEATURE_HEADS}, {@link #GENERIC}) and the word before it is
   * a capitalised proper noun of the same sentence.
   */
  static boolean featureHeadOfName(List<Token> tokens, Sentence s, int from, int to) {
    if (from <= s.tokenFrom()) {
      return false;
    }
    Token before = tokens.get(from - 1);
    if (!nameWord(before)) {
      return false;
    }
    boolean head = false;
    for (int t = from; t < to; t++) {
      String w = lower(tokens.get(t).word());
      if (!FEATURE_HEADS.contains(w) && !GENERIC.contains(w)) {
        return false;
      }
      head |= FEATURE_HEADS.contains(w);
    }
    return head;
  }

  /**
   * "Litchfield Selectman Marsha Bernstein": the name opens a person's or organisation's mention
   * and an office title follows it inside the mention.
   */
  private static boolean official(int from, int to, String next, NerMention[] mentionAt) {
    NerMention m = mentionAt[from];
    return m != null
        && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
        && m.tokenFrom() == from
        && to < m.tokenTo()
        && OFFICE_TITLES.contains(next);
  }

  /**
   * "Bradford Woods Mayor Ted Fithian", "Brentford councillor Ruth Cadbury": an office title right
   * after a name that is untagged or a whole mention of its own (the tagger's person or
   * organisation ends before the title).
   */
  private static boolean officeAfter(
      List<Token> tokens, int from, int to, String next, NerMention[] mentionAt) {
    NerMention m = mentionAt[from];
    return OFFICE_TITLES.contains(next)
        && !TITLE_MODIFIERS.contains(lower(tokens.get(from).word()))
        && (m == null || (m.tokenFrom() == from && m.tokenTo() == to))
        && (mentionAt[to - 1] == m);
  }

  /**
   * "A Chapin man died", "the 60-year-old Alton man", "a Rolling Meadows resident": a name between
   * an article or an age and a noun for a person names where the person lives (local news style),
   * although the tagger takes it for the person's name.
   */
  static boolean townsfolk(String prev, String next) {
    return RESIDENT_NOUNS.contains(next)
        && (prev.equals("a") || prev.equals("an") || prev.endsWith("-year-old"));
  }

  /**
   * The word before a name as {@link #townsfolk} reads it: an age that the tokenizer split at its
   * hyphens ("60", "-", "year", "-", "old") is given back as written ("60-year-old").
   */
  static String ageBefore(String text, int start, String prev) {
    if (!prev.equals("old")) {
      return prev;
    }
    String before = text.substring(Math.max(0, start - 24), start).trim();
    int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
    return before.substring(space + 1).toLowerCase(Locale.ROOT);
  }

  /** Nouns for a town's public services and people after its name (local news style). */
  private static final Set<String> LOCAL_BODIES =
      Set.of("police", "firefighters", "residents", "voters", "taxpayers", "schools", "council");

  /** Nouns after "school" or "city" that make the pair a town's body: "school board". */
  private static final Set<String> LOCAL_BODY_HEADS =
      Set.of("board", "district", "council", "officials", "system");

  /**
   * "Ozark police cordoned off", "the Fremont school board", "Preble voters", "a Dunbar police
   * officer": a name before a noun for a town's public services or its people (lower case, as local
   * news writes them) names the town whose services or people they are.
   */
  static boolean localBody(String next, String after) {
    return LOCAL_BODIES.contains(next)
        || ((next.equals("school") || next.equals("city")) && LOCAL_BODY_HEADS.contains(after));
  }

  /**
   * "A Kettering Republican", "the Decatur Democrat": a name between an article and a party noun
   * names the politician's town or state (AP style names legislators by party and hometown).
   */
  static boolean partisan(String prev, String next) {
    return PARTY_NOUNS.contains(next)
        && (prev.equals("a") || prev.equals("an") || prev.equals("the"));
  }

  /** "Democrat", "Republican" in lower case: a party member after his town's or state's name. */
  private static final Set<String> PARTY_NOUNS = Set.of("democrat", "republican");

  /** The name at {@code from} follows a capitalised word's possessive ("Moore's Ford"). */
  static boolean afterPossessiveName(List<Token> tokens, Sentence s, int from) {
    if (from - 2 < s.tokenFrom()) {
      return false;
    }
    String p = tokens.get(from - 1).word();
    return (p.equals("'s") || p.equals("\u2019s")) && capitalised(tokens.get(from - 2).word());
  }

  /**
   * "Clarke, Madison, Oconee and Oglethorpe counties", "Douglas and Wyandotte counties": the name
   * is an item of a list of capitalised names (one or two words each, joined by commas, "and" or
   * "or") that the plural division word "counties" or "parishes" closes; the name before the plural
   * word only after another item.
   */
  static boolean countyList(List<Token> tokens, Sentence s, int from, int to) {
    int t = to;
    int items = 0;
    while (t < s.tokenTo() && items <= 8) {
      String w = lower(tokens.get(t).word());
      if (w.equals("counties") || w.equals("parishes")) {
        // the last item must follow another ("the four metro Athens counties" is no list)
        String prev = from > s.tokenFrom() ? lower(tokens.get(from - 1).word()) : "";
        return items > 0 || prev.equals(",") || prev.equals("and") || prev.equals("or");
      }
      if (!(w.equals(",") || w.equals("and") || w.equals("or"))) {
        return false;
      }
      t++;
      if (t < s.tokenTo() && lower(tokens.get(t).word()).equals("and")) {
        t++; // the serial comma: "Madison, Oconee, and Oglethorpe"
      }
      int words = 0;
      while (t < s.tokenTo() && words < 2 && capitalised(tokens.get(t).word())) {
        t++;
        words++;
      }
      if (words == 0) {
        return false;
      }
      items++;
    }
    return false;
  }

  /**
   * Whether a word of the document's people's full names ("Silas Wright") is their surname here:
   * not when the article defines the name as a settlement ("Wright is a town in Schoharie County,
   * New York", then "Wright" tagged as a person three more times; one sense per discourse, Gale et
   * al. 1992).
   */
  private boolean surname(String word, String key) {
    return personWords.get().contains(word) && !defined.get().contains(key);
  }

  /**
   * "Wright is a town in ...", "Kampungu, a village near ...", "Tara (太良町) is a town and peninsula
   * located in ...", "Vina is a census-designated place (CDP) in ...": the name is followed by a
   * copula or appositive with a settlement noun, which says it is a place. The noun must end the
   * phrase ("a county commissioner", "a resident of the town" are people).
   */
  static boolean settlementNoun(String text, int end) {
    int to = Math.min(text.length(), end + 240);
    return DEFINITION.matcher(text).region(end, to).lookingAt()
        && !NAMING_APPOSITIVE.matcher(text).region(end, to).lookingAt();
  }

  /**
   * "between Stevenage and the Beane Valley, the village of Aston is ...": an appositive "the
   * village of" before a capitalised name names that place, not the one before the comma ("the city
   * of Warren", "the town of Plympton" are names of their own).
   */
  private static final Pattern NAMING_APPOSITIVE =
      Pattern.compile(
          "\\s*,\\s*the\\s+(?:town|city|village|hamlet|borough|township|municipality|community"
              + "|commune|parish|suburb)\\s+of\\s+\\p{Lu}");

  /**
   * "HAMILTON — Staring down ...", "HUME – Principal ...", "DeKALB – Residents ...": a dateline,
   * the town a local report is filed from, in capitals at the start of a sentence and before the
   * dash or "(AP)" that ends it (AP Stylebook, "datelines"). CoreNLP takes such capitals for common
   * nouns or acronyms; the dateline is a place context of its own.
   */
  private static boolean dateline(
      List<Token> tokens, Sentence s, int from, int to, String surface) {
    if (from != s.tokenFrom() || to >= s.tokenTo()) {
      return false;
    }
    int lower = 0;
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower += Character.isLowerCase(c) ? 1 : 0;
      }
    }
    // all capitals, or one small letter of a Scottish or Dutch prefix ("DeKALB", "McALLEN")
    if (letters < 3 || lower > 1) {
      return false;
    }
    String next = tokens.get(to).word();
    if (DATELINE_DASHES.contains(next)) {
      return true;
    }
    return (next.equals("(") || next.equals("-LRB-"))
        && to + 1 < s.tokenTo()
        && tokens.get(to + 1).word().equals("AP");
  }

  /**
   * "Robert A. DeLeo, D-Winthrop", "Nancy Pelosi (D-Calif.)": the party letter and hometown or
   * state that US news puts after a legislator's name (AP style); the place is resolved in the US.
   * Accepts the token as one ("D-Winthrop") or split at the hyphen ("D", "-", "Winthrop").
   */
  private Toponym partyHometown(String text, List<Token> tokens, Sentence s, int i) {
    if (i == s.tokenFrom()) {
      return null;
    }
    String before = tokens.get(i - 1).word();
    if (!before.equals(",") && !before.equals("(") && !before.equals("-LRB-")) {
      return null;
    }
    Token t = tokens.get(i);
    int start;
    int end;
    if (PARTY_HOMETOWN.matcher(t.word()).matches()) {
      start = t.start() + 2;
      end = t.end();
    } else if (PARTY.contains(t.word())
        && i + 2 < s.tokenTo()
        && tokens.get(i + 1).word().equals("-")
        && tokens.get(i + 1).start() == t.end()
        && tokens.get(i + 2).start() == tokens.get(i + 1).end()
        && capitalised(tokens.get(i + 2).word())) {
      start = tokens.get(i + 2).start();
      end = tokens.get(i + 2).end();
    } else {
      return null;
    }
    String name = text.substring(start, end);
    String code = UsStates.admin1(name.endsWith(".") ? name : name + ".");
    if (code == null) {
      code = UsStates.admin1(name);
    }
    if (code != null) {
      var a1 = gazetteer.admin1("US", code);
      if (a1.isPresent()) {
        return new Toponym(
            start, end, name, NameKeys.key(name), List.of(a1.get()), false, true, false);
      }
    }
    String key = NameKeys.key(name);
    List<GazetteerEntry> us =
        gazetteer.exact(key).stream()
            .filter(c -> c.countryCode().equals("US") && c.kind() != FeatureKind.COUNTRY)
            .collect(Collectors.toList());
    return us.isEmpty() ? null : new Toponym(start, end, name, key, us, false, true, false);
  }

  private static final Pattern PARTY_HOMETOWN = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]+");
  private static final Set<String> PARTY = Set.of("D", "R", "I");

  /**
   * What a demonym as written stands for, from the gazetteer's demonym index: countries ("Sri
   * Lankan"), first-level divisions and regions ("Ohioans", "South Ossetian", "Abkhaz").
   */
  private List<GazetteerEntry> demonymReadings(String written) {
    return gazetteer.demonym(NameKeys.key(written));
  }

  /** A strong mention of a first-level division written as its abbreviation ("Ga.", "N.L."). */
  private static Toponym abbreviatedDivision(
      String text, int start, int end, String written, GazetteerEntry division) {
    return new Toponym(
        start,
        end,
        text.substring(start, end),
        NameKeys.key(written),
        List.of(division),
        false,
        true,
        false);
  }

  /**
   * "Ga." or "W. Va." after a comma: a US state in AP style; "Syrian", "Americans": a demonym,
   * which stands for its country (LGL annotates them as toponyms).
   */
  private Toponym stateOrDemonym(
      String text, List<Token> tokens, Sentence s, int i, NerMention[] mentionAt) {
    Token t = tokens.get(i);
    boolean afterComma = i > s.tokenFrom() && tokens.get(i - 1).word().equals(",");
    if (t.word().contains(".") || afterComma) {
      for (int n = 2; n >= 1; n--) {
        if (i + n > s.tokenTo()) {
          continue;
        }
        int end = tokens.get(i + n - 1).end();
        String w = text.substring(t.start(), end).replace(" ", "");
        String code = UsStates.admin1(w);
        if (code == null && !w.endsWith(".")) {
          code = UsStates.admin1(w + ".");
        }
        // "Ga." after a comma; "W.Va.", "N.J." (two dotted letters) and "Mass." anywhere
        boolean dotted = w.indexOf('.') > 0 && w.indexOf('.') < w.length() - 1;
        if (code != null && w.contains(".") && (afterComma || dotted || UsStates.distinct(w))) {
          var a1 = gazetteer.admin1("US", code);
          if (a1.isPresent()) {
            return abbreviatedDivision(text, t.start(), end, w, a1.get());
          }
        }
      }
    }
    if (afterComma) {
      // "ST. JOHN'S, N.L. -", "Regina, Sask.": a Canadian province after a comma (Canadian Press)
      for (int n = Math.min(3, s.tokenTo() - i); n >= 1; n--) {
        int end = tokens.get(i + n - 1).end();
        String w = text.substring(t.start(), end).replace(" ", "");
        String code = CANADIAN_PROVINCES.get(w);
        if (code != null) {
          var a1 = gazetteer.admin1("CA", code);
          if (a1.isPresent()) {
            return abbreviatedDivision(text, t.start(), end, w, a1.get());
          }
        }
      }
    }
    if (!capitalised(t.word()) || !Character.isLetter(t.word().charAt(0))) {
      return null;
    }
    String[] abbreviated = DIVISION_ABBREVIATIONS.get(t.word());
    if (abbreviated != null) {
      var a1 = gazetteer.admin1(abbreviated[0], abbreviated[1]);
      if (a1.isPresent()) {
        return new Toponym(
            t.start(),
            t.end(),
            t.word(),
            NameKeys.key(t.word()),
            List.of(a1.get()),
            false,
            true,
            false);
      }
    }
    if (i + 1 < s.tokenTo() && capitalised(tokens.get(i + 1).word())) {
      // "Sri Lankan", "South African", "New Zealander": a demonym of two words
      Token u = tokens.get(i + 1);
      String two = text.substring(t.start(), u.end());
      List<GazetteerEntry> pair = demonymReadings(two);
      if (!pair.isEmpty()) {
        return new Toponym(t.start(), u.end(), two, NameKeys.key(two), pair, false, true, true);
      }
    }
    List<GazetteerEntry> countries = demonymReadings(t.word());
    if (compoundDemonym(tokens, s, i) && !namedWithOpener(countries, tokens.get(i - 1).word())) {
      return null;
    }
    NerMention m = mentionAt[i];
    if (countries.isEmpty()
        || (m != null
            && !m.type().equals("MISC")
            && m.tokenTo() - m.tokenFrom() > 1
            // "the Arab-Israeli conflict", split at the hyphen and tagged as one location: each
            // part is its country (LGL annotates them)
            && !(LOCATION_TYPES.contains(m.type()) && besideHyphen(tokens, s, i))
            // "American Farm Bureau Federation": the demonym that opens an organisation's name
            // (LGL annotates it)
            && !(m.type().equals("ORGANIZATION")
                && m.tokenFrom() == i
                && !ARMED_HEADS.contains(lower(tokens.get(m.tokenTo() - 1).word()))))) {
      return null;
    }
    return new Toponym(
        t.start(), t.end(), t.word(), NameKeys.key(t.word()), countries, false, true, true);
  }

  /**
   * Whether the country a demonym reads as has the word before it in its own name ("North
   * Macedonian" is North Macedonia's, not a region's): then the compound is the country's demonym.
   */
  private static boolean namedWithOpener(List<GazetteerEntry> countries, String opener) {
    String prefix = lower(opener) + " ";
    return countries.stream().anyMatch(c -> lower(c.name()).startsWith(prefix));
  }

  /** Words that make a demonym after them part of a larger region's or a people's name. */
  private static final Set<String> DEMONYM_OPENERS =
      Set.of(
          "north",
          "south",
          "central",
          "northern",
          "southern",
          "eastern",
          "western",
          "native",
          "latin",
          "anglo",
          "pan");

  /** Continents' and peoples' adjectives that open a hyphenated American ("African-American"). */
  private static final Set<String> AMERICAN_OPENERS = Set.of("african", "asian", "european");

  /**
   * Whether the demonym at {@code i} ends a compound that names no country of its own: a region's
   * ("Northern Irish", "Western Australian", "South American", "North American") or a people's
   * ("Native American", "Latin American", "African-American", "Anglo-American"), none of which LGL
   * or GeoVirus annotates as a toponym; a demonym of a country after another ("Arab-Israeli", "a
   * Russian-American crew") is each country, as before.
   */
  static boolean compoundDemonym(List<Token> tokens, Sentence s, int i) {
    if (i <= s.tokenFrom()) {
      return false;
    }
    String prev = lower(tokens.get(i - 1).word());
    if (DEMONYM_OPENERS.contains(prev) && capitalised(tokens.get(i - 1).word())) {
      return true;
    }
    if (!lower(tokens.get(i).word()).startsWith("american")) {
      return false;
    }
    int before = prev.equals("-") && i - 2 >= s.tokenFrom() ? i - 2 : i - 1;
    String w = tokens.get(before).word();
    return capitalised(w)
        && (AMERICAN_OPENERS.contains(lower(w)) || DEMONYM_OPENERS.contains(lower(w)));
  }

  /**
   * "Athens-Clarke County", "Logan-Rogersville", "the Arab-Israeli conflict": a part of a
   * hyphenated word that the article names on its own elsewhere (or a demonym of a country it
   * names) is that place (LGL annotates the parts).
   */
  private List<Toponym> hyphenParts(String text, Token t, Set<String> known) {
    String w = t.word();
    if (known.isEmpty() || w.indexOf('-') <= 0 || !text.startsWith(w, t.start())) {
      return List.of();
    }
    List<Toponym> out = new ArrayList<>();
    int from = 0;
    while (from < w.length()) {
      int dash = w.indexOf('-', from);
      int to = dash < 0 ? w.length() : dash;
      String part = w.substring(from, to);
      String key = NameKeys.key(part);
      if (part.length() > 2 && capitalised(part) && known.contains(key)) {
        List<GazetteerEntry> cands = gazetteer.exact(key);
        boolean demonym = cands.isEmpty();
        if (demonym) {
          cands = gazetteer.demonym(key);
        }
        if (!cands.isEmpty()) {
          out.add(
              new Toponym(
                  t.start() + from, t.start() + to, part, key, cands, false, true, demonym));
        }
      }
      from = to + 1;
    }
    return out;
  }

  /**
   * Heads of a town's municipal bodies that name the town also inside a longer organisation's name
   * ("the Western Boone Education Foundation", "Lawrenceburg Parks and Recreation and Shelbyville
   * Recreation Center" tagged as one organisation); not "University" or "State", which follow
   * people's names ("Johns Hopkins University", "Sam Houston State").
   */
  private static final Set<String> MUNICIPAL_HEADS =
      Set.of(
          "council",
          "police",
          "fire",
          "schools",
          "board",
          "commission",
          "township",
          "sheriff",
          "municipal",
          "borough",
          "recreation",
          "parks",
          "education",
          "library",
          "housing",
          "transit",
          "government");

  /** The name stands inside an organisation's name, before a municipal body's head. */
  private static boolean municipalInside(List<Token> tokens, NerMention m, int from, int to) {
    return from > m.tokenFrom()
        && to < m.tokenTo()
        && MUNICIPAL_HEADS.contains(lower(tokens.get(to).word()));
  }

  /**
   * Last words of the names of climate modes ("Pacific Decadal Oscillation", "North Atlantic
   * Oscillation", "Indian Ocean Dipole"; Wikipedia, "Climate oscillation"), which name a pattern of
   * the climate, not the ocean.
   */
  private static final Set<String> CLIMATE_MODES = Set.of("oscillation", "oscillations", "dipole");

  /** The name is followed, within two capitalised words, by a climate mode's last word. */
  static boolean climateMode(List<Token> tokens, Sentence s, int to) {
    for (int t = to; t < Math.min(s.tokenTo(), to + 2); t++) {
      String w = tokens.get(t).word();
      if (!capitalised(w)) {
        return false;
      }
      if (CLIMATE_MODES.contains(lower(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "According to Yap", "thanks to Paris": "to" after these words introduces a source or a cause,
   * not a destination.
   */
  static boolean sourceTo(String prev2, String prev) {
    return prev.equals("to") && SOURCE_BEFORE_TO.contains(prev2);
  }

  private static final Set<String> SOURCE_BEFORE_TO =
      Set.of("according", "thanks", "due", "owing", "attributed", "credited");

  /** The token is joined to a neighbour by a hyphen token ("Arab", "-", "Israeli"). */
  private static boolean besideHyphen(List<Token> tokens, Sentence s, int i) {
    return (i > s.tokenFrom() && tokens.get(i - 1).word().equals("-"))
        || (i + 1 < s.tokenTo() && tokens.get(i + 1).word().equals("-"));
  }

  /** "Paris City Council", "University of Hartford": a place's own public body. */
  private static boolean civic(List<Token> tokens, NerMention m, int from, int to) {
    if (m.tokenFrom() == from && to < m.tokenTo()) {
      return CIVIC_HEADS.contains(lower(tokens.get(to).word()));
    }
    if (m.tokenTo() == to && from - 2 >= m.tokenFrom()) {
      return lower(tokens.get(from - 1).word()).equals("of")
          && CIVIC_HEADS.contains(lower(tokens.get(from - 2).word()));
    }
    return false;
  }

  /**
   * "US Secretary", "AN ALBANY MAN": a two-letter word in capitals is an abbreviation or a
   * headline's capitals, not the Arabic article ("Al", "al-", "Ar").
   */
  private static boolean capitalArticle(List<Token> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = tokens.get(t).word();
      if (w.length() == 2
          && w.equals(w.toUpperCase(Locale.ROOT))
          && Character.isLetter(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Two to four capital letters: "FAO", "SRT", "US". */
  static boolean acronym(String w) {
    if (w.length() < 2 || w.length() > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a country or division, or a strong candidate that bears the name as its own, not as an
   * alternate: the organisation "Hamas" is not Hamm, whose alternate names include it.
   */
  private static boolean ownName(List<GazetteerEntry> cands, String key) {
    if (isCountryLike(cands)) {
      return true; // "DRC", "Russian Federation": the country table's names are all its own
    }
    List<GazetteerEntry> own =
        cands.stream().filter(c -> NameKeys.key(c.name()).equals(key)).collect(Collectors.toList());
    return strongCandidate(own);
  }

  private static int lastEnd(List<Toponym> out) {
    return out.isEmpty() ? -1 : out.get(out.size() - 1).end();
  }

  private List<GazetteerEntry> bySkeleton(String key) {
    String sk = NameKeys.skeleton(key);
    if (sk.length() < 4) {
      return List.of();
    }
    return gazetteer.bySkeleton(sk).stream()
        .filter(c -> c.kind() != FeatureKind.CITY || c.population() >= 1000)
        .filter(c -> ARABIC_SCRIPT.contains(c.countryCode()))
        .collect(Collectors.toList());
  }

  private static boolean allLocation(List<Token> tokens, int from, int to, NerMention[] at) {
    for (int t = from; t < to; t++) {
      if (at[t] == null || !LOCATION_TYPES.contains(at[t].type())) {
        return false;
      }
    }
    return true;
  }

  private static boolean wholeMention(int from, int to, NerMention[] at) {
    return at[from] != null && at[from].tokenFrom() == from && at[from].tokenTo() == to;
  }

  /** "X, Syria" or "X, Ga.": the name is followed by a comma and a country or division. */
  private boolean qualifiedNext(String text, List<Token> tokens, Sentence s, int to) {
    if (to + 1 >= s.tokenTo() || !tokens.get(to).word().equals(",")) {
      return false;
    }
    Token q = tokens.get(to + 1);
    if (UsStates.admin1(q.word()) != null) {
      return true;
    }
    // "Buffalo, New York", "Kisii, Burkina Faso": the qualifier may have up to three words
    for (int n = 1; n <= 3 && to + n < s.tokenTo(); n++) {
      Token end = tokens.get(to + n);
      if (!capitalised(end.word())) {
        break;
      }
      if (isCountryLike(gazetteer.exact(NameKeys.key(text.substring(q.start(), end.end()))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A vessel noun right before the name, or before a prefix or quote mark before it ("the carrier
   * USS Nimitz", "the tanker 'Iran Shahed'"); not before a preposition or other small word ("if
   * they boat in Indiana", "a ferry to Corfu"), where the name is the place.
   */
  static boolean vesselBefore(List<Token> tokens, Sentence s, int from) {
    for (int t = Math.max(s.tokenFrom(), from - 2); t < from; t++) {
      if (VESSELS.contains(lower(tokens.get(t).word()))
          && (t == from - 1 || !Character.isLowerCase(tokens.get(from - 1).word().charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** The candidates without counties matched only by their name without "County" or "Parish". */
  static List<GazetteerEntry> withoutCountyStems(List<GazetteerEntry> cands, String key) {
    List<GazetteerEntry> out = new ArrayList<>(cands.size());
    for (GazetteerEntry c : cands) {
      if (!Resolver.countyStem(c, key)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A continent, country, first-level division or a city of 100,000 people or more. */
  static boolean strongCandidate(List<GazetteerEntry> cands) {
    for (GazetteerEntry c : cands) {
      if (c.kind() == FeatureKind.CONTINENT
          || c.kind() == FeatureKind.COUNTRY
          || c.kind() == FeatureKind.ADMIN1
          || (c.kind() == FeatureKind.REGION && c.geonamesId() == null)
          || c.population() >= 100_000) {
        return true;
      }
    }
    return false;
  }

  /**
   * A continent, or a sea, island or region of the project's supplement (no GeoNames id): names the
   * tagger also gives the other-name class ("Mediterranean", "Java", "the Urals"), which are the
   * place as a whole mention.
   */
  private static boolean waterOrRegion(List<GazetteerEntry> cands) {
    return cands.stream()
        .anyMatch(
            c ->
                c.kind() == FeatureKind.CONTINENT
                    || (c.kind() == FeatureKind.REGION && c.geonamesId() == null));
  }

  /** A continent, country, division, project region or a city of a million people. */
  private static boolean veryStrong(List<GazetteerEntry> cands) {
    for (GazetteerEntry c : cands) {
      if (c.kind() != FeatureKind.CITY || c.population() >= 1_000_000) {
        if (c.kind() != FeatureKind.REGION || c.geonamesId() == null) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCountryLike(List<GazetteerEntry> cands) {
    return cands.stream()
        .anyMatch(
            c ->
                c.kind() == FeatureKind.COUNTRY
                    || c.kind() == FeatureKind.ADMIN1
                    || c.kind() == FeatureKind.CONTINENT);
  }

  private static boolean populated(List<GazetteerEntry> cands) {
    return cands.stream().anyMatch(c -> c.kind() != FeatureKind.CITY || c.population() >= 1000);
  }

  /**
   * A model year right before the name and a capitalised word after it: "a 2005 Honda Civic" (how
   * local news names a vehicle).
   */
  static boolean modelYearBefore(List<Token> tokens, Sentence s, int from, int to) {
    return from > s.tokenFrom()
        && MODEL_YEAR.matcher(tokens.get(from - 1).word()).matches()
        && to < s.tokenTo()
        && capitalised(tokens.get(to).word());
  }

  private static final Pattern MODEL_YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** Words after a possessive that show it possesses nothing: verbs, prepositions, conjunctions. */
  private static final Set<String> NOT_POSSESSED =
      Set.of(
          "is", "are", "was", "were", "has", "had", "have", "will", "would", "said", "says", "and",
          "or", "in", "at", "on", "for", "to", "from", "with", "by", "of");

  /**
   * Whether a possessive follows the name and nothing it possesses comes after it: punctuation
   * other than a quote mark ("McDonald's, Joanna"), the sentence end, a verb, preposition or
   * conjunction ("McDonald's is", "Soho's in").
   */
  static boolean possessedNothing(List<Token> tokens, Sentence s, int to) {
    if (to >= s.tokenTo()) {
      return false;
    }
    String p = tokens.get(to).word();
    if (!p.equals("'s") && !p.equals("\u2019s")) {
      return false;
    }
    if (to + 1 >= s.tokenTo()) {
      return true;
    }
    String next = tokens.get(to + 1).word();
    char c = next.charAt(0);
    if (!Character.isLetterOrDigit(c)) {
      return c != '"' && c != '\'' && c != '`' && c != '\u201c' && c != '\u2018';
    }
    return NOT_POSSESSED.contains(next);
  }

  /**
   * Makes of cars and light trucks sold in North America and Europe that are not also common place
   * names (Lincoln, Mercury, Saturn and Plymouth are left out).
   */
  private static final Set<String> VEHICLE_MAKES =
      Set.of(
          "acura",
          "audi",
          "bmw",
          "buick",
          "cadillac",
          "chevrolet",
          "chevy",
          "chrysler",
          "dodge",
          "ford",
          "gmc",
          "honda",
          "hyundai",
          "infiniti",
          "isuzu",
          "jeep",
          "kia",
          "lexus",
          "mazda",
          "mitsubishi",
          "nissan",
          "oldsmobile",
          "pontiac",
          "subaru",
          "suzuki",
          "toyota",
          "volkswagen",
          "volvo");

  /**
   * Whether the one-word run is a vehicle's make before its capitalised model ("Honda Odyssey") or
   * its model after the make ("Dodge Durango"), not a division's or town's full name ("Dodge
   * County", "Dodge City", "Ford Motor" stays out too).
   */
  static boolean vehicleName(List<Token> tokens, Sentence s, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    String word = lower(tokens.get(from).word());
    if (VEHICLE_MAKES.contains(word) && to < s.tokenTo()) {
      Token model = tokens.get(to);
      String m = lower(model.word());
      return capitalised(model.word())
          && model.posStartsWith("NNP")
          && !m.equals("county")
          && !m.equals("city")
          && !DIVISION_WORDS.contains(m)
          && !CIVIC_HEADS.contains(m);
    }
    return from > s.tokenFrom() && VEHICLE_MAKES.contains(lower(tokens.get(from - 1).word()));
  }

  /** The run ends with a division word: "Walker County", "Saint Bernard Parish". */
  private static boolean endsWithDivisionWord(Token last) {
    String w = last.word().toLowerCase(Locale.ROOT);
    return w.equals("county") || w.equals("parish") || DIVISION_WORDS.contains(w);
  }

  /** Capitalised words that open a longer name: "Point Roberts", "Fort Hood", "Cape Cod". */
  private static final Set<String> NAME_OPENERS =
      withCompassPoints(
          "point", "port", "fort", "mount", "lake", "cape", "isle", "mt.", "ft.", "pt.");

  /**
   * Settlement generics after a possessive: "Beebe's Corners", "Harper's Ferry", "Hunter's Landing"
   * (GNIS populated-place names).
   */
  private static final Set<String> SETTLEMENT_GENERICS =
      Set.of(
          "corner",
          "corners",
          "landing",
          "crossing",
          "crossroads",
          "mill",
          "mills",
          "ferry",
          "station",
          "store",
          "bluff",
          "cove",
          "point",
          "hollow");

  /**
   * The end of a longer name opened at {@code i}: a capitalised compass word or feature generic
   * ({@link #NAME_OPENERS}) followed by capitalised proper nouns ("Point Roberts", "West
   * Yorkshire"), or a capitalised possessive followed by a settlement generic ("Beebe's Corners");
   * {@code i} when no such name opens there.
   */
  static int openedName(List<Token> tokens, Sentence s, int i) {
    if (possessiveSettlement(tokens, s, i)) {
      return i + 3;
    }
    Token first = tokens.get(i);
    if (!capitalised(first.word()) || !NAME_OPENERS.contains(lower(first.word()))) {
      return i;
    }
    int to = i + 1;
    while (to < s.tokenTo()
        && to - i < MAX_TOKENS
        && capitalised(tokens.get(to).word())
        && tokens.get(to).posStartsWith("NNP")) {
      to++;
    }
    return to > i + 1 ? to : i;
  }

  /** "Beebe's Corners": a capitalised name, its possessive and a capitalised settlement generic. */
  static boolean possessiveSettlement(List<Token> tokens, Sentence s, int i) {
    if (i + 2 >= s.tokenTo()) {
      return false;
    }
    String p = tokens.get(i + 1).word();
    String g = tokens.get(i + 2).word();
    return capitalised(tokens.get(i).word())
        && (p.equals("'s") || p.equals("\u2019s"))
        && capitalised(g)
        && SETTLEMENT_GENERICS.contains(lower(g));
  }

  /**
   * The text places the name ending at {@code to}: a definition follows it ("Point Roberts is a
   * community in ...") or a country's or state's name after a comma qualifies it ("West Yorkshire,
   * England", "Point Roberts, Washington").
   */
  private boolean placedByText(String text, List<Token> tokens, Sentence s, int to) {
    if (settlementNoun(text, tokens.get(to - 1).end())) {
      return true;
    }
    if (to + 1 >= s.tokenTo() || !tokens.get(to).word().equals(",")) {
      return false;
    }
    Token q = tokens.get(to + 1);
    return capitalised(q.word())
        && !NAME_OPENERS.contains(lower(q.word())) // "North Charlestown, South Charlestown"
        && isCountryLike(gazetteer.exact(NameKeys.key(q.word())));
  }

  /**
   * The toponym the scan would read first at {@code from}, inside the name ending at {@code to}.
   */
  private Toponym tailAt(
      String text,
      List<Token> tokens,
      Sentence s,
      int from,
      int to,
      NerMention[] mentionAt,
      int lastEnd,
      Set<String> known) {
    for (int n = to - from; n >= 1; n--) {
      Toponym t = tryRun(text, tokens, s, from, from + n, mentionAt, lastEnd, known);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The readings of a name's rest after its opener name no division, country, continent, region nor
   * city of 100,000 people or more: not the larger place the opened name is a part of.
   */
  private static boolean minorTail(Toponym tail) {
    return tail != null
        && tail.candidates().stream()
            .allMatch(
                c ->
                    (c.kind() == FeatureKind.CITY && c.population() < 100_000)
                        // a county read without its word ("Roberts" for Roberts County)
                        || (c.kind() == FeatureKind.ADMIN2
                            && !NameKeys.key(c.name()).equals(tail.key())));
  }

  private static String runText(String text, List<Token> tokens, int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  private static boolean startsName(Token t) {
    return capitalised(t.word());
  }

  static boolean capitalised(String w) {
    if (w.isEmpty()) {
      return false;
    }
    int i = 0;
    // "al-Bab", "el-Arish": a lower-case article before a capitalised name
    int dash = w.indexOf('-');
    if (dash > 0 && dash <= 3 && NameKeys.key(w.substring(0, dash)).length() == dash) {
      if (Character.isLowerCase(w.charAt(0)) && dash + 1 < w.length()) {
        i = dash + 1;
      }
    }
    if (w.length() > 2
        && (w.charAt(0) == 'd' || w.charAt(0) == 'l')
        && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')) {
      i = 2; // "Côte d'Ivoire", "Coeur d'Alene", "L'Aquila": an elided article before a name
    }
    return Character.isUpperCase(w.charAt(i));
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Whether the article also writes {@code word} in lower case, as a common word. */
  static boolean usedAsCommonWord(String text, String word) {
    return usedAsCommonWord(text, wordRuns(text), word);
  }

  /**
   * As {@link #usedAsCommonWord(String, String)}, with the article's {@link #wordRuns} computed
   * once: a word of letters and hyphens stands alone in the text exactly when it is one of them.
   */
  static boolean usedAsCommonWord(String text, Set<String> runs, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word) || lower.length() < 3) {
      return false;
    }
    if (lower.codePoints().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return runs.contains(lower);
    }
    return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(lower) + "(?![\\p{L}-])")
        .matcher(text)
        .find();
  }

  /** The maximal runs of letters and hyphens in {@code text}, as written. */
  static Set<String> wordRuns(String text) {
    Set<String> runs = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inRun = i < text.length() && (Character.isLetter(c) || c == '-');
      if (inRun && start < 0) {
        start = i;
      } else if (!inRun && start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return runs;
  }
}
