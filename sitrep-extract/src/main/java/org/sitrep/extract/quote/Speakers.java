package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Source;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Span;

/**
 * Turns the token span of an attribution's source into a {@link Source}: the canonical full name of
 * a person (the first full mention with the same surname), an organisation's name, or the
 * description of an anonymous source; third-person pronouns resolve to the person most recently
 * mentioned outside quotation marks.
 */
final class Speakers {
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> PRONOUNS =
      Set.of(
          "i", "we", "you", "they", "it", "he", "she", "him", "her", "them", "us", "me", "his",
          "my", "our", "their", "its", "your");

  /**
   * Words that open a subordinate or complement clause before its subject: stripped from the start
   * of a source span ("as she put it") and, in {@link AttributionFinder}, the opener of a fronted
   * adverbial clause whose comma precedes the main subject.
   */
  static final Set<String> SUBORDINATORS =
      Set.of(
          "as",
          "when",
          "while",
          "if",
          "because",
          "that",
          "since",
          "although",
          "though",
          "after",
          "before",
          "once",
          "until",
          "whether",
          "whereas",
          "unless",
          "besides",
          "despite");

  private final String text;
  private final List<Token> tokens;
  private final List<NerMention> persons = new ArrayList<>();
  private final List<NerMention> organizations = new ArrayList<>();
  private final boolean[] quoted;
  private final java.util.Set<Integer> spoke = new java.util.HashSet<>();
  private final java.util.TreeMap<Integer, Source> unnamed = new java.util.TreeMap<>();

  private final java.util.Map<Integer, Entity> entityAt = new java.util.HashMap<>();
  private final java.util.Map<String, String> entityTypes = new java.util.HashMap<>();

  /**
   * Speakers over the article's entities ({@code entity.v1}); without entities, over the raw NER
   * mentions with surname matching.
   */
  Speakers(
      String text,
      List<Token> tokens,
      List<NerMention> ner,
      List<Entity> entities,
      boolean[] quoted) {
    this.text = text;
    this.tokens = tokens;
    this.quoted = quoted;
    for (Entity e : entities) {
      entityTypes.put(e.id(), e.type());
    }
    List<NerMention> source = entities.isEmpty() ? ner : entityMentions(entities);
    for (NerMention m : source) {
      if (PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))
          || Set.of("his", "hers", "my", "our", "their", "your", "its")
              .contains(m.text().toLowerCase(Locale.ROOT))) {
        continue; // CoreNLP adds pronominal mentions; a speaker needs a name
      }
      if (m.type().equals("PERSON")) {
        persons.add(m);
      } else if (m.type().equals("ORGANIZATION")) {
        organizations.add(m);
      }
    }
  }

  /** Entity mentions as token-aligned mentions, in text order, remembering their entity. */
  private List<NerMention> entityMentions(List<Entity> entities) {
    List<NerMention> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!e.type().equals("PERSON")
          && !e.type().equals("ORGANIZATION")
          && !e.type().equals("GROUP")) {
        continue;
      }
      String type = e.type().equals("PERSON") ? "PERSON" : "ORGANIZATION";
      for (Span m : e.mentions()) {
        int from = tokenAt(m.start());
        int to = tokenAt(m.end() - 1) + 1;
        if (from < 0 || to <= from) {
          continue;
        }
        out.add(new NerMention(m.start(), m.end(), m.text(), type, from, to));
        entityAt.put(m.start(), e);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private Source person(NerMention m, String localDescription) {
    Entity e = entityAt.get(m.start());
    if (e != null) {
      String d = localDescription;
      if (d == null && !e.descriptions().isEmpty()) {
        d = e.descriptions().get(0);
      }
      if (d != null && isBareTitle(d)) {
        // "General Jubouri said": a title alone says less than a role the article gives the
        // person ("Brig. Gen. Karim al-Jubouri, the commander of the army's 15th Division").
        for (String other : e.descriptions()) {
          if (!isBareTitle(other)) {
            d = other;
            break;
          }
        }
      }
      return new Source(e.name(), e.id(), d != null ? d : describe(firstFull(m)));
    }
    return new Source(
        canonical(m), null, localDescription != null ? localDescription : describe(firstFull(m)));
  }

  /** The source named by tokens {@code [from, to)}. */
  Source resolve(int from, int to) {
    if (from < 0 || to <= from) {
      return null;
    }
    // "but he said": a conjunction opening the span is not part of the source.
    while (from + 1 < to && tokens.get(from).pos().equals("CC")) {
      from++;
    }
    // "as she put it", "note that he had": a subordinator or complementizer opening the span
    // introduces the clause whose subject speaks; it is not part of the source.
    while (from + 1 < to
        && (tokens.get(from).pos().equals("IN") || tokens.get(from).pos().equals("WDT"))
        && SUBORDINATORS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      from++;
    }
    if (onlyTime(from, to)) {
      return null; // "but on Tuesday wrote": a date names no one; the caller looks further
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    NerMention person = firstHead(from, start, end);
    if (person != null) {
      spoke.add(person.start());
      return person(person, description(from, to, person));
    }
    String span = clean(text.substring(start, end));
    if (to - from == 1 && PRONOUNS.contains(span.toLowerCase(Locale.ROOT))) {
      if (PERSONAL.contains(span.toLowerCase(Locale.ROOT))) {
        NerMention antecedent = lastPersonBefore(start);
        java.util.Map.Entry<Integer, Source> recent = unnamed.lowerEntry(start);
        if (recent != null && (antecedent == null || recent.getKey() > antecedent.end())) {
          // "“…,” a resident told reporters. He said …": the unnamed speaker since the last name
          return recent.getValue();
        }
        if (antecedent != null) {
          return person(antecedent, null);
        }
      }
      return new Source(null, null, span);
    }
    NerMention org = first(organizations, start, end);
    if (org != null && modifiesHead(org, to)) {
      // "RNC members", "an ICE spokeswoman", "FEC filings", "the IMF report": the organisation
      // only qualifies the head noun, so the speaker is that unnamed member or document, given
      // as the text gives it (the contract's description: "role or affiliation").
      return new Source(null, null, span);
    }
    if (org != null) {
      Entity e = entityAt.get(org.start());
      return e != null
          ? new Source(e.name(), e.id(), span)
          : new Source(clean(org.text()), null, span);
    }
    Source anonymous = new Source(null, null, span);
    String lower = span.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("a ") || lower.startsWith("an ")) && !lower.contains(" and ")) {
      unnamed.put(start, anonymous); // one unnamed person ("a resident"), a pronoun's antecedent
    }
    return anonymous;
  }

  /**
   * Whether the organisation {@code org} is a premodifier of a common noun that heads the source
   * span ending before token {@code to}: "FEC filings", "the FDIC's internal investigation", "a
   * 1996 FEC advisory opinion".
   */
  private boolean modifiesHead(NerMention org, int to) {
    int i = org.tokenTo();
    if (i < to && tokens.get(i).pos().equals("POS")) {
      i++;
    }
    while (i < to && tokens.get(i).posStartsWith("JJ")) {
      i++;
    }
    return i < to
        && (tokens.get(i).pos().equals("NN") || tokens.get(i).pos().equals("NNS"))
        && !"PERSON".equals(tokens.get(i).ner())
        && !"ORGANIZATION".equals(tokens.get(i).ner());
  }

  /**
   * Whether source {@code s} is a person: its entity is one, or, without an entity, its name is the
   * canonical name of a person mentioned in the article.
   */
  boolean isPerson(Source s) {
    if (s.entity() != null) {
      return "PERSON".equals(entityTypes.get(s.entity()));
    }
    return s.name() != null && isPersonName(s.name());
  }

  private boolean isPersonName(String name) {
    for (NerMention m : persons) {
      if (canonical(m).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} are a time expression and its function words only. */
  private boolean onlyTime(int from, int to) {
    boolean time = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (Set.of("DATE", "TIME").contains(t.ner())) {
        time = true;
      } else if (!t.pos().equals("IN") && !t.pos().equals("DT") && !t.pos().equals(",")) {
        return false;
      }
    }
    return time;
  }

  /** The speaker a pronoun-less continuation refers to: the person last mentioned. */
  Source personBefore(int offset) {
    NerMention antecedent = lastPersonBefore(offset);
    return antecedent == null ? null : person(antecedent, null);
  }

  /**
   * The first person named in the span [{@code start}, {@code end}) who heads it rather than
   * completing a preposition or verb inside it ("A handful of insiders, long dismissive of attempts
   * to block Trump": not Trump, when a common noun before it heads the span); a person right at the
   * span's start always heads it.
   */
  private NerMention firstHead(int from, int start, int end) {
    for (NerMention m : persons) {
      if (m.start() < start || m.end() > end) {
        continue;
      }
      int b = m.tokenFrom() - 1;
      if (insideRelative(from, m.tokenFrom())) {
        continue; // "Exit polls, which Mr. Trump won decisively, showed": the polls speak
      }
      if (b < from || !isComplementHead(tokens.get(b)) || !commonNounBefore(from, b)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether token {@code at} stands inside a relative clause that modifies a common noun opening
   * the span at {@code from}: a relative word ({@code which}, {@code who}, {@code whom}, {@code
   * whose}, relative {@code that}) after that noun and before {@code at} ("Exit polls from the
   * primary, which Mr. Trump won decisively"; a relative clause belongs to the noun phrase it
   * modifies, Quirk et al. 1985, 17.3).
   */
  private boolean insideRelative(int from, int at) {
    for (int i = from + 1; i < at; i++) {
      String pos = tokens.get(i).pos();
      if ((pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$"))
          && commonNounBefore(from, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a common noun stands in tokens {@code [from, to)}: the head the span opens with. */
  private boolean commonNounBefore(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).pos().equals("NN") || tokens.get(i).pos().equals("NNS")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComplementHead(Token t) {
    return (t.pos().equals("IN") && !t.word().equalsIgnoreCase("by"))
        || t.pos().equals("TO")
        || t.posStartsWith("VB");
  }

  private static NerMention first(List<NerMention> ms, int start, int end) {
    for (NerMention m : ms) {
      if (m.start() >= start && m.end() <= end) {
        return m;
      }
    }
    return null;
  }

  /**
   * The person the text is about at {@code offset}: the last person named as the subject of a
   * sentence (its first noun phrase) or as a speaker, else the last person named at all.
   */
  private NerMention lastPersonBefore(int offset) {
    NerMention best = null;
    NerMention any = null;
    for (NerMention m : persons) {
      if (m.end() > offset) {
        break;
      }
      if (quoted[m.tokenFrom()]) {
        continue;
      }
      any = m;
      if (isSubject(m) || spoke.contains(m.start())) {
        best = m;
      }
    }
    return best != null ? best : any;
  }

  private boolean isSubject(NerMention m) {
    int i = m.tokenFrom() - 1;
    int sentence = tokens.get(m.tokenFrom()).sentence();
    if (i > 0
        && tokens.get(i).sentence() == sentence
        && tokens.get(i).posStartsWith("VB")
        && CueLexicon.SPEECH.contains(CueLexicon.lemma(tokens.get(i)))
        && (tokens.get(i - 1).word().equals(",") || quoted[i - 1])) {
      return true; // "…, said Omar Khatib": the subject of an inverted attribution
    }
    while (i >= 0 && tokens.get(i).sentence() == sentence) {
      Token t = tokens.get(i);
      if (t.posStartsWith("VB") || t.posStartsWith("IN") || t.posStartsWith("W")) {
        return false;
      }
      i--;
    }
    return true;
  }

  /** The first mention with two or more words that shares the surname of {@code m}. */
  private NerMention firstFull(NerMention m) {
    String surname = surname(m.text());
    for (NerMention p : persons) {
      if (p.tokenTo() - p.tokenFrom() >= 2 && surname.equals(surname(p.text()))) {
        return p;
      }
      if (p == m) {
        break;
      }
    }
    return m;
  }

  private String canonical(NerMention m) {
    return clean(firstFull(m).text());
  }

  static String surname(String name) {
    String[] words = clean(name).split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /** The rest of a source span around the name: "the homeland security secretary". */
  private String description(int from, int to, NerMention name) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i >= name.tokenFrom() && i < name.tokenTo()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        continue;
      }
      Token t = tokens.get(i);
      if (sb.length() > 0 && t.start() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    String d = clean(sb.toString().replaceAll("\\s*,\\s*", " , ").replaceAll("\\s+", " "));
    d = d.replaceAll("^(,\\s*)+|(\\s*,)+$", "").trim();
    d = d.replaceAll("\\s+,\\s+", ", ");
    // "Gen., the vice chairman of ...": a title before the name adds nothing to an apposition.
    d = d.replaceFirst("^(?:\\p{Lu}\\p{L}*\\.\\s*)+,\\s*", "");
    return isDescription(d) ? d : null;
  }

  /** A title with no noun phrase around it: "General", "Sen.", "Brig. Gen.". */
  private static boolean isBareTitle(String d) {
    return BARE_TITLE.matcher(d).matches();
  }

  private static boolean isDescription(String d) {
    if (d.isEmpty()) {
      return false;
    }
    String low = d.toLowerCase(Locale.ROOT);
    return !Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "'s", "’s").contains(low);
  }

  /**
   * The role the text gives a person at the first full mention: an apposition after it ("Paul J.
   * Selva, the vice chairman of the Joint Chiefs of Staff,"), a noun phrase before it ("the
   * homeland security secretary, Kirstjen Nielsen") or a title ("Defense Secretary Jim Mattis").
   */
  String describe(NerMention m) {
    int after = m.tokenTo();
    if (after < tokens.size()
        && tokens.get(after).word().equals(",")
        && tokens.get(after).sentence() == tokens.get(m.tokenFrom()).sentence()) {
      int j = after + 1;
      if (j < tokens.size() && isDeterminerOrNoun(tokens.get(j))) {
        int end = j;
        while (end < tokens.size()
            && end < j + 15
            && tokens.get(end).sentence() == tokens.get(j).sentence()
            && !Set.of(",", ".", ";", ":", "\u2014", "--").contains(tokens.get(end).word())
            && !isFiniteVerb(tokens.get(end))) {
          end++;
        }
        if (end > j && end < tokens.size() && Set.of(",", ".").contains(tokens.get(end).word())) {
          return clean(text.substring(tokens.get(j).start(), tokens.get(end - 1).end()));
        }
      }
    }
    int before = m.tokenFrom() - 1;
    if (before > 0 && tokens.get(before).word().equals(",")) {
      int k = before - 1;
      while (k >= 0 && k > before - 10 && isNominal(tokens.get(k))) {
        if (Set.of("the", "a", "an").contains(CueLexicon.word(tokens.get(k)))) {
          return clean(text.substring(tokens.get(k).start(), tokens.get(before - 1).end()));
        }
        k--;
      }
    }
    int k = before;
    while (k >= 0
        && k > before - 5
        && tokens.get(k).posStartsWith("NN")
        && Character.isUpperCase(tokens.get(k).word().charAt(0))
        && !"PERSON".equals(tokens.get(k).ner())) {
      k--;
    }
    if (k < before) {
      String title = clean(text.substring(tokens.get(k + 1).start(), tokens.get(before).end()));
      return isDescription(title) ? title : null;
    }
    return null;
  }

  private static boolean isDeterminerOrNoun(Token t) {
    return t.posStartsWith("DT")
        || t.posStartsWith("NN")
        || t.posStartsWith("JJ")
        || t.posStartsWith("PRP$");
  }

  static boolean isNominal(Token t) {
    return t.posStartsWith("NN")
        || t.posStartsWith("JJ")
        || t.posStartsWith("DT")
        || t.posStartsWith("CD")
        || t.posStartsWith("PRP$")
        || t.pos().equals("POS")
        || t.pos().equals("HYPH")
        || Set.of("of", "for", "at", "in").contains(CueLexicon.word(t));
  }

  static boolean isFiniteVerb(Token t) {
    return Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos());
  }

  /** Trims spaces, punctuation and a possessive ending. */
  static String clean(String s) {
    String r = s.strip().replaceAll("\\s+", " ");
    r = r.replaceAll("^[\\p{Punct}\\s\u201C\u201D\u2018\u2019\u2014]+", "");
    r = r.replaceAll("[\\s,;:\u201C\u201D\u2014]+$", "");
    r = r.replaceAll("(\u2019s|'s|\u2019|')$", "");
    return r.strip();
  }

  /** A bare title: one to three capitalised words ("Brig. Gen."). */
  private static final Pattern BARE_TITLE = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s*){1,3}");
}
