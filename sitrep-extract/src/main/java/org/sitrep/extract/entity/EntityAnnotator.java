package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.text.Span;

/**
 * Turns the statistical tagger's mentions into entities: corrects their types (places the gazetteer
 * resolved, ships, nationalities), finds acronyms, merges the mentions of one real thing ("Paul J.
 * Selva" = "General Selva" = "Selva"; "Islamic State" = "ISIS"; "Syrian Democratic Forces" =
 * "S.D.F.") and collects descriptions from appositions and titles.
 */
public final class EntityAnnotator implements Annotator {
  private static final Set<String> KEPT_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> VESSEL_WORDS =
      Set.of(
          "carrier",
          "ship",
          "destroyer",
          "frigate",
          "submarine",
          "vessel",
          "cruiser",
          "tanker",
          "freighter",
          "warship",
          "boat",
          "ferry",
          "corvette",
          "uss",
          "hms",
          "yacht",
          "trawler");
  private static final String COMPOUND_SUFFIX =
      "[-‐](led|backed|held|based|dominated|born|linked|allied|owned|controlled|run|style|born)$";

  @Override
  public String name() {
    return "entity.v1";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.NER, Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    String text = article.text();
    List<Token> tokens = article.get(Layers.TOKENS);
    List<Sentence> sentences = article.get(Layers.SENTENCES);
    List<Place> places = article.get(Layers.PLACES);
    List<Mention> mentions = collect(text, tokens, sentences, article.get(Layers.NER), places);
    article.put(Layers.ENTITIES, List.copyOf(cluster(text, tokens, sentences, mentions)));
  }

  /** A mention being typed; token range [from, to). */
  record Mention(int from, int to, String type, String key) {}

  private List<Mention> collect(
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<NerMention> ner,
      List<Place> places) {
    List<Mention> out = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    for (NerMention m : ner) {
      if (!KEPT_TYPES.contains(m.type()) || allPronouns(tokens, m.tokenFrom(), m.tokenTo())) {
        continue;
      }
      int from = m.tokenFrom();
      int to = m.tokenTo();
      String type = m.type();
      if (type.equals("ORGANIZATION")) {
        from = extendLeft(tokens, sentences, from);
      }
      Mention typed = retype(text, tokens, new Mention(from, to, type, null), places);
      if (typed != null
          && typed.type().equals("PERSON")
          && personWords(span(text, tokens, typed)).isEmpty()) {
        typed = null; // a bare title such as "President"
      }
      if (typed != null) {
        out.add(typed);
        for (int i = typed.from(); i < typed.to(); i++) {
          covered[i] = true;
        }
      }
    }
    // drop mentions swallowed by an extended organisation name ("Jane" in "Jane's ... Center")
    out.sort(Comparator.comparingInt(Mention::from).thenComparing(m -> -(m.to() - m.from())));
    List<Mention> kept = new ArrayList<>();
    int reach = -1;
    for (Mention m : out) {
      if (m.from() >= reach) {
        kept.add(m);
        reach = m.to();
      }
    }
    // acronyms the tagger missed ("S.D.F.") when they name a known actor or an organisation here
    Set<String> orgInitials = new LinkedHashSet<>();
    for (Mention m : kept) {
      if (m.type().equals("ORGANIZATION")) {
        orgInitials.add(Names.initials(span(text, tokens, m)));
      }
    }
    for (Token t : tokens) {
      if (!covered[t.index()] && Names.isAcronym(t.word())) {
        String letters = t.word().replace(".", "").toLowerCase(Locale.ROOT);
        if (Lexicon.ALIASES.containsKey(Names.key(t.word())) || orgInitials.contains(letters)) {
          kept.add(new Mention(t.index(), t.index() + 1, "ORGANIZATION", null));
        }
      }
    }
    kept.sort(Comparator.comparingInt(Mention::from));
    return vote(text, tokens, kept);
  }

  private static boolean allPronouns(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = tokens.get(i).pos();
      if (!(pos.startsWith("PRP") || pos.startsWith("WP"))) {
        return false;
      }
    }
    return true;
  }

  /** Extends an organisation leftwards over capitalised words: "Jane's Terrorism and ..." */
  private static int extendLeft(List<Token> tokens, List<Sentence> sentences, int from) {
    int floor = sentences.get(tokens.get(from).sentence()).tokenFrom();
    int j = from - 1;
    int taken = 0;
    while (j >= floor && taken < 6) {
      Token t = tokens.get(j);
      boolean proper = t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
      boolean possessive =
          t.pos().equals("POS") && j > floor && tokens.get(j - 1).pos().startsWith("NNP");
      boolean joiner =
          (t.word().equals("and") || t.word().equals("&"))
              && j > floor
              && tokens.get(j - 1).pos().startsWith("NNP");
      if (!(proper || possessive || joiner) || Names.isTitle(t.word())) {
        break;
      }
      j--;
      taken++;
    }
    int start = j + 1;
    // do not start on a joiner or possessive
    while (start < from
        && (tokens.get(start).pos().equals("POS") || tokens.get(start).pos().equals("CC"))) {
      start++;
    }
    return start;
  }

  private Mention retype(String text, List<Token> tokens, Mention m, List<Place> places) {
    String surface = span(text, tokens, m);
    for (int i = Math.max(0, m.from() - 3); i < m.from(); i++) {
      if (VESSEL_WORDS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return new Mention(m.from(), m.to(), "VESSEL", null);
      }
    }
    String base = surface.replaceAll(COMPOUND_SUFFIX, "");
    // demonyms first: place.v1 also lists "Syrian" as a mention of Syria (LGL counts demonyms as
    // toponyms), but as an entity it is a nationality
    if (m.to() - m.from() == 1 || !base.equals(surface)) {
      if (Lexicon.demonym(base) != null) {
        return new Mention(m.from(), m.to(), "NATIONALITY", Lexicon.demonym(base)[0]);
      }
    }
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    for (Place p : places) {
      for (Span s : p.mentions()) {
        // the mention is the place, or a piece of it ("Burkina" of "Burkina Faso")
        if (s.start() <= start && end <= s.end()) {
          return new Mention(m.from(), m.to(), "LOCATION", "place:" + p.id());
        }
      }
    }
    if (m.type().equals("MISC")) {
      if (!base.equals(surface) && Lexicon.ALIASES.containsKey(Names.key(base))) {
        return new Mention(m.from(), m.to(), "ORGANIZATION", null);
      }
      if (Lexicon.ALIASES.containsKey(Names.key(surface))) {
        return new Mention(m.from(), m.to(), "ORGANIZATION", null);
      }
      return m.to() - m.from() > 1 && base.equals(surface) ? m : null;
    }
    if (m.type().equals("ORGANIZATION") && m.to() - m.from() == 1 && m.to() < tokens.size()) {
      // "Defense" in "Defense Secretary Jim Mattis" is part of a title, not an organisation
      if (Names.isTitle(tokens.get(m.to()).word())) {
        return null;
      }
    }
    return m;
  }

  /** One type per surface form: the majority of its mentions' types ("Raqqa" is a place). */
  private static List<Mention> vote(String text, List<Token> tokens, List<Mention> ms) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Mention m : ms) {
      counts
          .computeIfAbsent(Names.key(span(text, tokens, m)), k -> new HashMap<>())
          .merge(m.type(), 1, Integer::sum);
    }
    // a surface form the gazetteer resolved once is that place wherever the tagger saw a name
    Map<String, String> resolved = new HashMap<>();
    for (Mention m : ms) {
      if (m.key() != null && m.key().startsWith("place:")) {
        resolved.putIfAbsent(Names.key(span(text, tokens, m)), m.key());
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.key() != null || m.type().equals("VESSEL")) {
        out.add(m);
        continue;
      }
      String place = resolved.get(Names.key(span(text, tokens, m)));
      if (place != null && !m.type().equals("NATIONALITY")) {
        out.add(new Mention(m.from(), m.to(), "LOCATION", place));
        continue;
      }
      Map<String, Integer> c = counts.get(Names.key(span(text, tokens, m)));
      String best = m.type();
      for (var e : c.entrySet()) {
        if (e.getValue() > c.getOrDefault(best, 0)
            && !e.getKey().equals("VESSEL")
            && !e.getKey().equals("NATIONALITY")) {
          best = e.getKey();
        }
      }
      out.add(new Mention(m.from(), m.to(), best, null));
    }
    return out;
  }

  static String span(String text, List<Token> tokens, Mention m) {
    return text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
  }

  private List<Entity> cluster(
      String text, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions) {
    List<Group> groups = new ArrayList<>();
    for (Mention m : mentions) {
      String surface = span(text, tokens, m);
      Group g = find(groups, m, surface, tokens);
      if (g == null) {
        g = new Group(m.type(), groupKey(m, surface));
        groups.add(g);
      }
      g.add(m, surface);
    }
    List<Entity> out = new ArrayList<>();
    Descriptions descriptions = new Descriptions(text, tokens, sentences);
    int n = 1;
    for (Group g : groups) {
      List<Span> spans = new ArrayList<>();
      List<String> descs = new ArrayList<>();
      List<String> titled = new ArrayList<>();
      for (Mention m : g.mentions) {
        spans.add(Span.of(text, tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()));
        if (g.type.equals("PERSON")
            && m.from() > 0
            && Names.isTitle(tokens.get(m.from() - 1).word())) {
          // "General Selva", "Colonel Dillon": the name as the text also calls the person
          titled.add(
              text.substring(tokens.get(m.from() - 1).start(), tokens.get(m.to() - 1).end()));
        }
        if (g.type.equals("PERSON") || g.type.equals("ORGANIZATION")) {
          for (String d : descriptions.of(m.from(), m.to(), g.type.equals("PERSON"))) {
            if (!descs.contains(d)) {
              descs.add(d);
            }
          }
        }
      }
      String name = g.name();
      List<String> aliases = new ArrayList<>();
      List<String> forms = new ArrayList<>(g.surfaces);
      forms.addAll(titled);
      for (String s : forms) {
        String clean = s.replaceAll("['’]s$", "");
        if (!clean.equals(name) && !aliases.contains(clean)) {
          aliases.add(clean);
        }
      }
      out.add(new Entity("e" + n++, g.type, name, aliases, descs, spans, name()));
    }
    return out;
  }

  private static String groupKey(Mention m, String surface) {
    if (m.key() != null) {
      return m.key();
    }
    String key = Names.key(surface.replaceAll(COMPOUND_SUFFIX, ""));
    String canonical = Lexicon.ALIASES.get(key);
    return canonical != null ? Names.key(canonical) : key;
  }

  private static Group find(List<Group> groups, Mention m, String surface, List<Token> tokens) {
    String key = groupKey(m, surface);
    if (m.type().equals("PERSON")) {
      List<String> words = personWords(surface);
      if (words.isEmpty()) {
        return null;
      }
      String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
      for (int i = groups.size() - 1; i >= 0; i--) {
        Group g = groups.get(i);
        if (g.type.equals("PERSON") && Names.surname(g.lastName()).equals(Names.surname(last))) {
          String first = words.size() > 1 ? words.get(0) : null;
          String gFirst = g.firstName();
          if (first == null || gFirst == null || compatible(first, gFirst)) {
            return g;
          }
        }
      }
      return null;
    }
    for (Group g : groups) {
      if (!g.type.equals(m.type())) {
        continue;
      }
      if (g.key.equals(key)) {
        return g;
      }
      if (m.type().equals("ORGANIZATION")) {
        String letters = surface.replace(".", "").toLowerCase(Locale.ROOT);
        if (Names.isAcronym(surface) && g.initials().contains(letters)) {
          return g;
        }
        if (g.isAcronymOnly() && Names.initials(surface).equals(g.key.replace(" ", ""))) {
          return g;
        }
        // "Joint Chiefs" is the "Joint Chiefs of Staff" named earlier or later
        if (key.contains(" ")
            && (g.key.startsWith(key + " of ") || key.startsWith(g.key + " of "))) {
          return g;
        }
      }
    }
    return null;
  }

  private static boolean compatible(String a, String b) {
    String x = a.replace(".", "").toLowerCase(Locale.ROOT);
    String y = b.replace(".", "").toLowerCase(Locale.ROOT);
    return x.equals(y)
        || (x.length() == 1 && y.startsWith(x))
        || (y.length() == 1 && x.startsWith(y));
  }

  static List<String> personWords(String surface) {
    List<String> words = new ArrayList<>();
    for (String w : Names.words(surface.replaceAll("['’]s$", ""))) {
      if (words.isEmpty() && Names.isTitle(w)) {
        continue;
      }
      words.add(w);
    }
    if (!words.isEmpty()) {
      String last = words.get(words.size() - 1).replace(".", "");
      if (words.size() > 1 && (last.equalsIgnoreCase("jr") || last.equalsIgnoreCase("sr"))) {
        words.remove(words.size() - 1);
      }
    }
    return words;
  }

  /** The mentions of one entity, being collected. */
  private static final class Group {
    final String type;
    final String key;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> surfaces = new ArrayList<>();

    Group(String type, String key) {
      this.type = type;
      this.key = key;
    }

    void add(Mention m, String surface) {
      mentions.add(m);
      surfaces.add(surface);
    }

    /** The first full mention: the first of the longest, acronyms and titles aside. */
    String name() {
      if (type.equals("NATIONALITY")) {
        String[] d = Lexicon.demonym(surfaces.get(0).replaceAll(COMPOUND_SUFFIX, ""));
        return d != null ? d[1] : surfaces.get(0);
      }
      String canonical = Lexicon.ALIASES.get(key);
      String best = null;
      int bestLen = Integer.MIN_VALUE;
      for (String s : surfaces) {
        String clean = s.replaceAll("['’]s$", "").replaceAll(COMPOUND_SUFFIX, "");
        if (type.equals("PERSON")) {
          clean = String.join(" ", personWords(clean));
        }
        int len = Names.words(clean).size() + (Names.isAcronym(clean) ? -10 : 0);
        if (clean.equals(clean.toUpperCase(Locale.ROOT)) && !Names.isAcronym(clean)) {
          len -= 1; // a dateline's "WASHINGTON" is the same place as "Washington"
        }
        if (canonical != null && Names.key(clean).equals(Names.key(canonical))) {
          len += 100;
        }
        if (len > bestLen) {
          best = clean;
          bestLen = len;
        }
      }
      return best;
    }

    String lastName() {
      List<String> w = personWords(name());
      return w.isEmpty() ? "" : w.get(w.size() - 1).toLowerCase(Locale.ROOT);
    }

    String firstName() {
      List<String> w = personWords(name());
      return w.size() > 1 ? w.get(0) : null;
    }

    Set<String> initials() {
      Set<String> out = new LinkedHashSet<>();
      for (String s : surfaces) {
        out.add(Names.initials(s));
      }
      return out;
    }

    boolean isAcronymOnly() {
      return surfaces.stream().allMatch(Names::isAcronym);
    }
  }
}
