package org.sitrep.extract.movement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.model.DateRef;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.text.Span;
import org.sitrep.extract.event.Anchors;
import org.sitrep.extract.event.Modality;

/**
 * Finds movements of people: a movement verb or noun, who moved (its subject, or its object for
 * verbs of carrying such as "smuggle"), from where ("from X", "out of X", the object of "flee" or
 * "leave") and to where ("to X", "into X", "arrive in X", "return home").
 */
final class MovementFinder {
  // Verbs of moving (lemmas); "return", "defect", "travel" as in the issue; general English.
  static final Set<String> VERBS =
      Set.of(
          "flee",
          "escape",
          "slip",
          "cross",
          "smuggle",
          "return",
          "travel",
          "defect",
          "arrive",
          "pour",
          "seep",
          "withdraw",
          "retreat",
          "leave",
          "evacuate",
          "relocate",
          "move",
          "head",
          "infiltrate",
          "migrate",
          "disperse",
          "sneak",
          "spirit",
          "go",
          "run",
          "emigrate",
          "deploy",
          "redeploy",
          "enter");
  // Verbs whose object, not subject, is who moved.
  static final Set<String> CARRY =
      Set.of("smuggle", "evacuate", "spirit", "deploy", "redeploy", "transfer", "relocate");
  // Verbs whose direct object is where the movers left.
  static final Set<String> LEAVE = Set.of("flee", "escape", "leave", "evacuate", "abandon");
  // Nouns of moving.
  static final Set<String> NOUNS = Set.of("passage", "exodus", "flight", "escape");
  private static final Set<String> TO = Set.of("to", "into", "toward", "towards");
  private static final Set<String> FROM = Set.of("from");
  private static final Set<String> NP_GLUE = Set.of("of", "and", "or", "as", "near", "than");

  private final String component;

  MovementFinder(String component) {
    this.component = component;
  }

  /** A movement being assembled. */
  static final class Draft {
    Span who;
    Span from;
    Span to;
    String toName;
    Range count;
    DateRef date;
    Source source;
    int sentence;
    final List<Span> evidence = new ArrayList<>();
  }

  /** The movements of {@code article}. */
  List<Movement> find(AnnotatedArticle article) {
    List<Token> tokens = article.get(Layers.TOKENS);
    String text = article.text();
    Anchors anchors = new Anchors(article);
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : article.get(Layers.SENTENCES)) {
      Draft previousInSentence = null;
      for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
        Draft d = trigger(text, tokens, s, i, anchors);
        if (d == null) {
          continue;
        }
        if (chained(tokens, s, i)) {
          // "slipped ... to arrive in X": the same movement; after a verb that was no movement
          // ("will quietly leave Syria and return"), not one at all.
          if (previousInSentence != null) {
            fill(previousInSentence, d);
          }
          continue;
        }
        Draft earlier = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (earlier != null && sameMovers(text, earlier, d) && earlier.sentence >= d.sentence - 1) {
          fill(earlier, d);
          previousInSentence = earlier;
          continue;
        }
        drafts.add(d);
        previousInSentence = d;
      }
    }
    List<Movement> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.who == null || d.from == null && d.to == null) {
        continue; // a movement needs who and at least one end
      }
      out.add(
          new Movement(
              d.who.text(),
              d.count,
              place(anchors, d.from, null),
              place(anchors, d.to, d.toName),
              d.date,
              d.source,
              d.evidence,
              component));
    }
    return out;
  }

  /** The draft for a movement trigger at {@code i}, or null when it is none. */
  static Draft trigger(String text, List<Token> tokens, Sentence s, int i, Anchors anchors) {
    Token t = tokens.get(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean verb = t.posStartsWith("VB") && VERBS.contains(lemma);
    boolean noun = t.posStartsWith("NN") && NOUNS.contains(lemma);
    if (!verb && !noun) {
      return null;
    }
    if (t.pos().equals("VBG")
        && i + 1 < s.tokenTo()
        && (tokens.get(i + 1).posStartsWith("NN") || tokens.get(i + 1).posStartsWith("JJ"))
        && !tokens.get(i + 1).ner().equals("LOCATION")
        && !(i > s.tokenFrom() && tokens.get(i - 1).lemma().equals("be"))) {
      return null; // "fleeing jihadists": an adjective
    }
    boolean chainedInfinitive = i > s.tokenFrom() && tokens.get(i - 1).pos().equals("TO") && verb;
    if (!chainedInfinitive && Modality.unreal(tokens, s, i)) {
      return null;
    }
    if (lemma.equals("go") && !nextWordIs(tokens, s, i, "into", "underground")) {
      return null; // "go" moves people only as "go into hiding", "go underground"
    }
    Draft d = new Draft();
    d.sentence = s.index();
    boolean passive = t.pos().equals("VBN") && beBefore(tokens, s, i);
    int after = i + 1;
    if (verb && CARRY.contains(lemma) && !passive) {
      int[] obj = nounPhrase(tokens, after, s.tokenTo());
      if (obj != null) {
        d.who = span(text, tokens, obj[0], obj[1]);
        after = obj[1];
      }
    } else if (verb) {
      int[] subj = subject(tokens, s, i);
      if (subj != null) {
        d.who = span(text, tokens, subj[0], subj[1]);
        int[] fromInside = prepositional(tokens, subj[0], subj[1], FROM);
        if (fromInside != null) {
          d.from = span(text, tokens, fromInside[0], fromInside[1]);
          d.who = span(text, tokens, subj[0], prepositionBefore(tokens, subj[0], fromInside[0]));
        }
      }
      if (LEAVE.contains(lemma) && !passive) {
        int[] obj = nounPhrase(tokens, after, s.tokenTo());
        if (obj != null
            && obj[1] + 1 < s.tokenTo()
            && tokens.get(obj[1]).word().equalsIgnoreCase("in")) {
          int[] in = nounPhrase(tokens, obj[1] + 1, s.tokenTo());
          obj = in == null ? obj : new int[] {obj[0], in[1]};
        }
        if (obj != null && !TO.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
          // fleeing an event ("fled a government offensive in northwestern Syria", "the
          // fighting near Goma") leaves the place where it happens: the origin is that place
          int origin = obj[0];
          for (int k = obj[0] + 1; k + 1 < obj[1] && origin == obj[0]; k++) {
            if (Set.of("in", "near", "around", "outside", "across")
                    .contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                && EVENT_NOUNS.contains(tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
              origin = k + 1;
            }
          }
          d.from = span(text, tokens, origin, obj[1]);
          after = obj[1];
        }
      }
    } else {
      int[] subj = beforeFrom(tokens, s, i);
      if (subj == null) {
        subj = firstNounPhrase(tokens, s, i);
      }
      if (subj != null) {
        d.who = span(text, tokens, subj[0], subj[1]);
        int[] fromInside = prepositional(tokens, subj[0], i, FROM);
        if (fromInside != null) {
          d.from = span(text, tokens, fromInside[0], fromInside[1]);
          d.who = span(text, tokens, subj[0], fromInside[0] - 1);
        }
      }
    }
    int limit = Math.min(s.tokenTo(), i + 14);
    int[] from = prepositional(tokens, after, limit, FROM);
    if (from != null && d.from == null) {
      d.from = span(text, tokens, from[0], from[1]);
    }
    int[] to = destination(tokens, after, limit);
    if (to != null) {
      d.to = span(text, tokens, to[0], to[1]);
    } else if (nextWordIs(tokens, s, i, "home") && d.who != null) {
      d.to = span(text, tokens, i + 1, i + 2);
      d.toName = "home (" + homeOf(text, tokens, s, d.who) + ")";
    }
    if (d.to != null && d.from == null) {
      d.from = between(text, tokens, s, d.to);
    }
    if (d.who != null && !hasNoun(tokens, d.who)) {
      int[] partitive = partitive(tokens, s);
      d.who = partitive == null ? d.who : span(text, tokens, partitive[0], partitive[1]);
    }
    d.evidence.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
    if (d.who != null) {
      d.count = count(anchors, d.who);
    }
    d.date = anchors.date(s.start(), s.end(), t.start());
    d.source = anchors.source(t.start(), t.end());
    return d;
  }

  /** The index of the last "from"/"out" before {@code np}, the end of the movers' phrase. */
  private static int prepositionBefore(List<Token> tokens, int floor, int np) {
    for (int k = np - 1; k > floor; k--) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("from") || w.equals("out")) {
        return k;
      }
    }
    return np;
  }

  private static boolean hasNoun(List<Token> tokens, Span span) {
    for (Token t : tokens) {
      if (t.start() >= span.start() && t.end() <= span.end() && t.posStartsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /** The noun phrase before a "from" left of a noun trigger: "operatives from Raqqa ...". */
  private static int[] beforeFrom(List<Token> tokens, Sentence s, int i) {
    for (int k = i - 1; k > s.tokenFrom(); k--) {
      if (tokens.get(k).word().equalsIgnoreCase("from")) {
        int e = k;
        int b = e;
        while (b > s.tokenFrom() && nominal(tokens.get(b - 1))) {
          b--;
        }
        while (b < e && !tokens.get(b).posStartsWith("NN") && !tokens.get(b).posStartsWith("JJ")) {
          b++;
        }
        return e > b ? new int[] {b, e} : null;
      }
    }
    return null;
  }

  private static boolean nextWordIs(List<Token> tokens, Sentence s, int i, String... words) {
    for (int k = i + 1; k < Math.min(s.tokenTo(), i + 3); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      for (String x : words) {
        if (w.equals(x)) {
          return true;
        }
      }
      if (!tokens.get(k).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private static boolean beBefore(List<Token> tokens, Sentence s, int i) {
    for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 3); k--) {
      String l = tokens.get(k).lemma();
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (!tokens.get(k).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a trigger continues the previous one's movement: "slipped through X to arrive". */
  private static boolean chained(List<Token> tokens, Sentence s, int i) {
    if (i <= s.tokenFrom()) {
      return false;
    }
    String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    return prev.equals("to") || prev.equals("and") || prev.equals("or");
  }

  /** Whether two drafts are about the same movers: a shared noun and a definite second mention. */
  private static boolean sameMovers(String text, Draft a, Draft b) {
    if (a.who == null || b.who == null) {
      return false;
    }
    String second = b.who.text().toLowerCase(Locale.ROOT);
    if (!second.contains("the ")) {
      return false;
    }
    Set<String> words = new HashSet<>(List.of(a.who.text().toLowerCase(Locale.ROOT).split("\\W+")));
    for (String w : second.split("\\W+")) {
      if (w.length() > 3 && words.contains(w)) {
        return (a.from == null || b.from == null) && (a.to == null || b.to == null);
      }
    }
    return false;
  }

  private static void fill(Draft into, Draft d) {
    into.from = into.from != null ? into.from : d.from;
    if (into.to == null) {
      into.to = d.to;
      into.toName = d.toName;
    }
    into.who = into.who != null ? into.who : d.who;
    into.count = into.count != null ? into.count : d.count;
    into.date = into.date != null ? into.date : d.date;
    into.source = into.source != null ? into.source : d.source;
    for (Span e : d.evidence) {
      if (!into.evidence.contains(e)) {
        into.evidence.add(e);
      }
    }
  }

  /** The subject of the verb at {@code i}: a noun phrase with "of" and coordination. */
  static int[] subject(List<Token> tokens, Sentence s, int i) {
    int k = i;
    while (k > s.tokenFrom()) {
      Token p = tokens.get(k - 1);
      String l = p.lemma().toLowerCase(Locale.ROOT);
      if (p.pos().startsWith("RB")
          || p.pos().equals("MD")
          || p.pos().startsWith("VB") && (l.equals("be") || l.equals("have") || l.equals("get"))
          || isQuote(p)) {
        k--;
      } else {
        break;
      }
    }
    int e = k;
    int b = e;
    while (b > s.tokenFrom()) {
      Token p = tokens.get(b - 1);
      String w = p.word().toLowerCase(Locale.ROOT);
      if (nominal(p) || NP_GLUE.contains(w) || w.equals("from") || isQuote(p)) {
        b--;
      } else {
        break;
      }
    }
    while (b < e && !nominal(tokens.get(b))) {
      b++;
    }
    while (e > b
        && !tokens.get(e - 1).pos().startsWith("NN")
        && !tokens.get(e - 1).pos().equals("CD")
        && !tokens.get(e - 1).pos().startsWith("PRP")) {
      e--;
    }
    return e > b ? new int[] {b, e} : null;
  }

  /** The first noun phrase of the sentence before {@code i} (the clause subject). */
  private static int[] firstNounPhrase(List<Token> tokens, Sentence s, int i) {
    for (int k = s.tokenFrom(); k < i; k++) {
      if (tokens.get(k).posStartsWith("VB")) {
        return subject(tokens, s, k);
      }
    }
    return null;
  }

  private static final Set<String> HEDGES =
      Set.of(
          "about",
          "around",
          "nearly",
          "some",
          "over",
          "almost",
          "approximately",
          "roughly",
          "more",
          "than",
          "as",
          "many",
          "least",
          "at",
          "up");

  private static boolean nominal(Token t) {
    String p = t.pos();
    if ((p.equals("VBN") || p.equals("VBG")) && t.word().contains("-")) {
      return true; // "American-led"
    }
    if (t.word().equals("\u2014") || t.word().equals("--") || t.word().equals("\u2013")) {
      return false;
    }
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("CD")
        || p.equals("DT")
        || p.equals("PDT")
        || p.equals("POS")
        || p.equals("PRP$")
        || p.equals("HYPH")
        || p.equals("PRP")
        || t.word().equals("-");
  }

  private static boolean isQuote(Token t) {
    String w = t.word();
    return w.equals("\"")
        || w.equals("``")
        || w.equals("''")
        || w.equals("\u201c")
        || w.equals("\u201d");
  }

  /** A noun phrase from {@code i}: nominal words, joined by "of", "and", "near". */
  static int[] nounPhrase(List<Token> tokens, int i, int limit) {
    while (i < limit
        && HEDGES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        && !tokens.get(i).posStartsWith("NN")) {
      i++;
    }
    int e = i;
    while (e < limit) {
      Token t = tokens.get(e);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean hyphenCompound =
          e > i && tokens.get(e - 1).pos().equals("HYPH") && t.pos().startsWith("VB");
      if (nominal(t) && !t.pos().equals("PRP") || NP_GLUE.contains(w) && e > i || hyphenCompound) {
        e++;
      } else {
        break;
      }
    }
    while (e > i && !tokens.get(e - 1).pos().startsWith("NN")) {
      e--;
    }
    return e > i ? new int[] {i, e} : null;
  }

  /** The object of the first of {@code preps} in [{@code from}, {@code to}). */
  private static int[] prepositional(List<Token> tokens, int from, int to, Set<String> preps) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (tokens.get(k).pos().equals(",")) {
        return null;
      }
      boolean outOf =
          w.equals("out") && k + 1 < to && tokens.get(k + 1).word().equalsIgnoreCase("of");
      if (preps.contains(w) || preps == FROM && outOf) {
        int[] np = nounPhrase(tokens, k + (outOf ? 2 : 1), to);
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }

  /** Where the movers went: "to/into/toward X", or "to arrive in X". */
  private static int[] destination(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals(",")) {
        return null;
      }
      String before = k > 0 ? tokens.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
      if (Set.of("according", "due", "prior", "thanks", "up", "close", "next").contains(before)) {
        continue;
      }
      if (TO.contains(w) && k + 1 < to) {
        Token n = tokens.get(k + 1);
        if (n.posStartsWith("VB")) {
          // "to arrive in areas near Damascus", "to reach the border"
          String l = n.lemma().toLowerCase(Locale.ROOT);
          if (l.equals("arrive") || l.equals("reach") || l.equals("join")) {
            int j = k + 2;
            if (j < to
                && (tokens.get(j).word().equalsIgnoreCase("in")
                    || tokens.get(j).word().equalsIgnoreCase("at"))) {
              j++;
            }
            return nounPhrase(tokens, j, Math.min(tokens.size(), to + 6));
          }
          return null;
        }
        return nounPhrase(tokens, k + 1, Math.min(tokens.size(), to + 6));
      }
    }
    return null;
  }

  /** "a smuggler between Syria and Turkey": the other side of the destination is the origin. */
  private static Span between(String text, List<Token> tokens, Sentence s, Span dest) {
    for (int k = s.tokenFrom(); k + 3 < s.tokenTo(); k++) {
      if (tokens.get(k).word().equalsIgnoreCase("between")
          && tokens.get(k + 2).word().equalsIgnoreCase("and")
          && tokens.get(k + 3).word().equalsIgnoreCase(dest.text())) {
        return span(text, tokens, k + 1, k + 2);
      }
    }
    return null;
  }

  /** A fronted partitive, "Of more than 5,000 Europeans who joined, ...": its noun phrase. */
  private static int[] partitive(List<Token> tokens, Sentence s) {
    if (!tokens.get(s.tokenFrom()).word().equalsIgnoreCase("of")) {
      return null;
    }
    for (int k = s.tokenFrom() + 1; k < s.tokenTo(); k++) {
      if (tokens.get(k).posStartsWith("NN")) {
        return new int[] {k, k + 1};
      }
    }
    return null;
  }

  /** Whose home: a nationality word in the movers' phrase or the sentence's fronted partitive. */
  private static String homeOf(String text, List<Token> tokens, Sentence s, Span who) {
    for (int k = s.tokenFrom(); k < s.tokenTo(); k++) {
      Token t = tokens.get(k);
      if ((t.ner().equals("NATIONALITY") || t.ner().equals("MISC")) && t.posStartsWith("NN")
          || t.ner().equals("NATIONALITY")) {
        return t.word();
      }
    }
    int[] p = partitive(tokens, s);
    return p == null ? who.text() : span(text, tokens, p[0], p[1]).text();
  }

  private static Span span(String text, List<Token> tokens, int from, int to) {
    int a = tokens.get(from).start();
    int b = tokens.get(to - 1).end();
    return new Span(a, b, text.substring(a, b));
  }

  /** The figure of the movers from the quantity layer: a count overlapping the who phrase. */
  private static Range count(Anchors anchors, Span who) {
    for (Quantity q : anchors.quantitiesIn(Math.max(0, who.start() - 40), who.end() + 40)) {
      boolean overlaps = q.start() < who.end() && who.start() < q.end();
      if (overlaps && q.unit() == null && (q.low() != null || q.high() != null)) {
        return new Range(q.low(), q.high());
      }
    }
    return null;
  }

  /**
   * Nouns of violent events people flee (lemmas): the fighting, an offensive, a campaign, the
   * bombardment; general vocabulary of conflict reporting.
   */
  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "offensive",
          "campaign",
          "fighting",
          "fight",
          "war",
          "violence",
          "bombardment",
          "bombing",
          "shelling",
          "attack",
          "assault",
          "siege",
          "clash",
          "battle",
          "operation",
          "airstrike",
          "strike",
          "conflict",
          "advance",
          "onslaught",
          "raid");

  /** A place reference for a span: the place layer's place inside it, else the text. */
  private static PlaceRef place(Anchors anchors, Span span, String name) {
    if (span == null) {
      return null;
    }
    if (name != null) {
      return new PlaceRef(name, null, null, null);
    }
    for (Anchors.Located l : anchors.placesIn(span.start(), span.end())) {
      // A place inside a hyphenated modifier ("the American-led campaign in eastern Syria",
      // "Turkish-backed forces") qualifies something else; it is not where the movers were.
      int after = l.end() - span.start();
      if (after < span.text().length() && span.text().charAt(after) == '-') {
        continue;
      }
      PlaceRef p = l.place();
      return new PlaceRef(span.text(), p.lat(), p.lon(), p.geonamesId());
    }
    return new PlaceRef(span.text(), null, null, null);
  }
}
