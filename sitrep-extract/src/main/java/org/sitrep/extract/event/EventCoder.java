package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Range;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.text.Span;
import org.sitrep.extract.lexicon.MonthNames;

/**
 * Codes the events of one article: finds trigger words sentence by sentence, drops hypothetical
 * ones, types them in the ACLED taxonomy, assigns actors, weapons, casualties, date, place and
 * source, and merges mentions of one real event.
 */
final class EventCoder {
  private static final Set<String> BE = Set.of("be", "get");
  private static final Set<String> KILL_WORDS = Set.of("kill", "die", "dead", "death", "slay");
  private static final Set<String> HURT_WORDS = Set.of("injure", "wound", "hurt");
  private static final Set<String> LABOUR =
      Set.of("general", "armed", "national", "transport", "hunger", "labor", "labour", "work");
  // "the eln (army of national liberation)": the acronym first, its long form in brackets.
  private static final Pattern ACRONYM_FIRST =
      Pattern.compile(
          "(?<![\\p{L}-])([\\p{L}][\\p{L}-]{1,7})\\s*\\(([\\p{L}][\\p{L} .'-]{5,80})\\)");
  private static final Pattern ACRONYM =
      Pattern.compile(
          "([\\p{L}][\\p{L} .'-]{6,}?)\\s*(?:\\(([\\p{L}]{2,8})\\)|,\\s*([\\p{L}]{2,8})\\s*,)");

  private final String component;

  EventCoder(String component) {
    this.component = component;
  }

  /** The events of {@code article}. */
  List<Event> code(AnnotatedArticle article) {
    List<Token> tokens = article.get(Layers.TOKENS);
    List<Sentence> sentences = article.get(Layers.SENTENCES);
    String text = article.text();
    Anchors anchors = new Anchors(article);
    Map<String, String> acronyms = acronyms(text);
    for (String name : standaloneAcronyms(tokens)) {
      acronyms.putIfAbsent(name, name);
    }
    // one sense per discourse: in a report of a suicide bombing, "the bomber" is the person
    boolean suicideBomber = text.toLowerCase(Locale.ROOT).contains("suicide bomber");
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : sentences) {
      drafts.addAll(sentence(text, tokens, s, anchors, acronyms, drafts, suicideBomber));
    }
    List<Draft> merged = headlines(merge(drafts, anchors::nested), article.article(), text);
    List<Event> out = new ArrayList<>();
    Integer year = anchors.referenceYear();
    Map<String, List<Actor>> named = new LinkedHashMap<>();
    for (Draft d : merged) {
      if (!d.specific()) {
        continue;
      }
      byWeapons(d);
      // who reports the event in its sentences is its source, not its victim or perpetrator;
      // a place is where it happened, not a victim ("killing dozens in Burkina Faso")
      d.actors
          .values()
          .removeIf(
              a ->
                  a.role().equals("victim") && anchors.isPlaceName(a.name())
                      || d.evidence.stream()
                          .anyMatch(
                              e -> anchors.speaksIn(a.name(), a.entity(), e.start(), e.end())));
      fullNames(text, d, anchors);
      stateAndItsForces(d, anchors);
      corefer(d, named);
      out.add(d.build("ev" + (out.size() + 1), component, background(d, year)));
    }
    return out;
  }

  // Heads of explosive devices (RoleLexicon.WEAPONS): an attack carried out with them alone.
  private static final Set<String> EXPLOSIVES =
      Set.of("bomb", "dynamite", "explosive", "mine", "device", "charge", "ied", "car-bomb");

  /**
   * Types an attack by its means: a generic attack (an "attack", "assault", "raid" or killing typed
   * as a battle or violence against civilians) whose weapons are all explosive devices is an
   * explosion ("attacked merino's home with explosives", "an attack with very powerful
   * explosives"), all grenades a grenade attack. Source: ACLED Codebook (2023), "Explosions/Remote
   * violence": events in which an explosive device is the means of the violence, whoever the
   * target.
   */
  static void byWeapons(Draft d) {
    if (!generic(d.cue)
        || d.weapons.isEmpty()
        || d.type != AcledType.ATTACK_ON_CIVILIANS && d.type != AcledType.ARMED_CLASH) {
      return;
    }
    boolean explosive = true;
    boolean grenade = true;
    for (String weapon : d.weapons) {
      String head = weaponHead(weapon);
      explosive &= EXPLOSIVES.contains(head);
      grenade &= head.equals("grenade");
    }
    if (grenade) {
      d.type = AcledType.GRENADE;
    } else if (explosive) {
      d.type = AcledType.REMOTE_EXPLOSIVE;
    }
  }

  private static String weaponHead(String weapon) {
    String w = weapon.substring(weapon.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    w = w.endsWith("-bombs") ? w.substring(0, w.length() - 1) : w;
    if (w.endsWith("ves")) {
      return w.substring(0, w.length() - 1); // explosives
    }
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  private static final Set<String> COREF_ROLES = Set.of("perpetrator", "victim");

  /**
   * A state and its forces are one perpetrator: "Russian missiles struck ..." (the state's forces,
   * "Russian forces") and "the missiles that Russia fired" name the same side, so the country drops
   * out when its forces are named (the place layer resolves the demonym and the country to one
   * place). ACLED codes one actor per side (Codebook, "Actors").
   */
  static void stateAndItsForces(Draft d, Anchors anchors) {
    List<String> forcesOf = new ArrayList<>();
    for (Actor a : d.actors.values()) {
      if (a.role().equals("perpetrator") && a.name().endsWith(" forces")) {
        String state = anchors.placeNamed(a.name().substring(0, a.name().indexOf(' ')));
        if (state != null) {
          forcesOf.add(state);
        }
      }
    }
    if (!forcesOf.isEmpty()) {
      d.actors
          .values()
          .removeIf(
              a ->
                  a.role().equals("perpetrator")
                      && forcesOf.contains(anchors.placeNamed(a.name())));
    }
  }

  /**
   * A person named by surname ("delgado parker", "veliz duarte") whom the article names in full
   * elsewhere, given names first ("hector delgado parker", "victor manuel veliz duarte"), takes the
   * full name: the first mention of a person gives the whole name (news style; AP Stylebook,
   * "names").
   */
  static void fullNames(String text, Draft d, Anchors anchors) {
    List<Actor> actors = new ArrayList<>(d.actors.values());
    d.actors.clear();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Actor a : actors) {
      Actor out = a;
      String[] words = a.name().toLowerCase(Locale.ROOT).split("\\s+");
      if (COREF_ROLES.contains(a.role())
          && words.length <= 2
          && !RoleLexicon.GIVEN_NAMES.contains(words[0])
          && words[0].chars().allMatch(Character::isLetter)) {
        Matcher m =
            Pattern.compile(
                    "((?:\\p{L}+ ){1,2})"
                        + Pattern.quote(a.name().toLowerCase(Locale.ROOT))
                        + "\\b")
                .matcher(lower);
        while (m.find()) {
          String[] given = m.group(1).trim().split(" ");
          int k = given.length;
          while (k > 0 && RoleLexicon.GIVEN_NAMES.contains(given[k - 1])) {
            k--;
          }
          if (k < given.length) {
            int start = m.start(1);
            for (int j = 0; j < k; j++) {
              start += given[j].length() + 1;
            }
            out =
                new Actor(text.substring(start, m.end()), anchors.entity(start, m.end()), a.role());
            break;
          }
        }
      }
      d.addActor(out);
    }
  }

  /**
   * One name per participant in an article: a perpetrator or victim sharing a content word with one
   * named earlier in the same role ("guerrillas" then "the guerrilla column", "president alfredo
   * cristiani" then "cristiani") is the same participant and takes the first name, so that each
   * event of the article names it alike (string-match coreference, Soon et al. 2001's head and
   * alias features, simplified).
   */
  static void corefer(Draft d, Map<String, List<Actor>> named) {
    List<Actor> actors = new ArrayList<>(d.actors.values());
    d.actors.clear();
    for (Actor a : actors) {
      Actor out = a;
      if (COREF_ROLES.contains(a.role()) || a.role().equals("target")) {
        List<Actor> seen = named.computeIfAbsent(a.role(), r -> new ArrayList<>());
        Actor first = null;
        for (Actor e : seen) {
          if (a.role().equals("target")
              ? sameHead(e.name(), a.name()) || sameHead(a.name(), e.name())
              : sharesWord(e.name(), a.name())) {
            first = e;
            break;
          }
        }
        if (first == null) {
          seen.add(a);
        } else {
          out = first;
        }
      }
      d.addActor(out);
    }
  }

  private static final Set<String> WEAK_WORDS =
      Set.of(
          "armed",
          "national",
          "unidentified",
          "other",
          "group",
          "members",
          "member",
          "people",
          "persons",
          "men",
          "man",
          "forces",
          "force",
          "front",
          "movement",
          "party",
          "army");

  /**
   * Whether two names share a content word, singular and plural alike; a nationality is no content
   * word ("colombian guerrillas" and "colombian drug trafficking gangs" are two actors).
   */
  static boolean sharesWord(String a, String b) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2 && !WEAK_WORDS.contains(w) && !RoleLexicon.nationality(w)) {
        words.add(stem(w));
      }
    }
    for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2
          && !WEAK_WORDS.contains(w)
          && !RoleLexicon.nationality(w)
          && words.contains(stem(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a later target name is a shorter mention of an earlier one (`corefer` asks both ways,
   * so "the university" then "the national university" are one target too): the same head noun,
   * singular and plural alike, and no word the earlier name lacks ("the presidential farm" then
   * "the farm"; not "the la eminencia farm"): an article's later mentions of a building or vehicle
   * name the one it has introduced.
   */
  static boolean sameHead(String first, String later) {
    String[] x = first.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String[] y = later.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (x.length == 0 || y.length == 0 || !stem(x[x.length - 1]).equals(stem(y[y.length - 1]))) {
      return false;
    }
    Set<String> known = new java.util.HashSet<>();
    for (String w : x) {
      known.add(stem(w));
    }
    for (String w : y) {
      if (!w.isEmpty() && !Set.of("the", "a", "an", "s").contains(w) && !known.contains(stem(w))) {
        return false; // "la eminencia farm" is another farm than "santo tomas farm"
      }
    }
    return true;
  }

  private static String stem(String w) {
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Whether a draft is a background event: dated two years or more before the year the article
   * reports from ("under arrest since april 1986" in a 1989 report). ACLED codes events as they are
   * reported, near their date; histories recalled in passing are context, not news. Years before
   * 1900 are taken for misread times of day.
   */
  static boolean background(Draft d, Integer referenceYear) {
    if (referenceYear == null || d.date == null) {
      return false;
    }
    Integer y = Anchors.year(d.date.value());
    // Four-digit times of day ("at 0640", "1800 hours") can come out as years: none before 1900.
    return y != null && y >= 1900 && y <= referenceYear - 2;
  }

  /**
   * Acronyms the article uses as names without defining them: a short word with at most one vowel
   * ("fmln", "eln", "m-19"), no word of the lexicons, standing alone after "the" as the subject of
   * a finite verb ("the fmln has attacked"). In lower-cased wire text (MUC-4) these are the
   * organisations; elsewhere ("fmln units attacked") they name the group behind the phrase.
   */
  static Set<String> standaloneAcronyms(List<Token> tokens) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      Token next = tokens.get(i + 1);
      String nw = next.word().toLowerCase(Locale.ROOT);
      // "the fmln has attacked", or "an fmln guerrilla unit" / "eln guerrillas": the
      // organisation named before an armed group's noun
      boolean subject =
          tokens.get(i - 1).word().equalsIgnoreCase("the")
              && Set.of("VBD", "VBZ", "VBP", "MD").contains(next.pos());
      // as a modifier, only a word no English syllable reads: no vowel ("fmln") or a vowel
      // first ("eln", "erp"), not "drug traffickers"
      boolean modifier =
          next.posStartsWith("NN")
              && (RoleLexicon.PERPETRATORS.contains(nw) || RoleLexicon.ARMED.contains(nw))
              && (w.matches("[^aeiouy]+") || w.matches("[aeiou][^aeiouy]+"));
      if (!(subject || modifier)
          || !(t.posStartsWith("NN") || t.pos().equals("FW"))
          || w.length() < 2
          || w.length() > 5
          || !w.matches("[a-z][a-z0-9-]*")
          || w.replaceAll("[^aeiouy]", "").length() > 1
          || lexical(w)
          || RoleLexicon.NOT_ACTORS.contains(w)) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  /** Long names defined with an acronym, "farabundo marti national liberation front (fmln)". */
  static Map<String, String> acronyms(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      String acro = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
      List<String> words = new ArrayList<>();
      for (String w : m.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
        if (!w.isEmpty() && !Set.of("of", "the", "de", "del", "la", "and", "for").contains(w)) {
          words.add(w);
        }
      }
      // The longest run of last words whose initials spell the acronym; one word more than its
      // letters is allowed when its initial repeats one of them.
      for (int n = acro.length() + 1; n >= acro.length(); n--) {
        if (n > words.size()) {
          continue;
        }
        List<String> run = words.subList(words.size() - n, words.size());
        StringBuilder initials = new StringBuilder();
        run.forEach(w -> initials.append(w.charAt(0)));
        boolean ok =
            n == acro.length()
                ? sameLetters(initials.toString(), acro)
                : initials
                    .chars()
                    .distinct()
                    .sorted()
                    .boxed()
                    .toList()
                    .equals(acro.chars().distinct().sorted().boxed().toList());
        if (ok) {
          String longForm = m.group(1).trim().toLowerCase(Locale.ROOT);
          int at = longForm.lastIndexOf(run.get(0) + " ");
          out.put(at >= 0 ? longForm.substring(at) : String.join(" ", run), acro);
          break;
        }
      }
    }
    Matcher f = ACRONYM_FIRST.matcher(text);
    while (f.find()) {
      String acro = f.group(1).toLowerCase(Locale.ROOT).replace("-", "");
      String longForm = f.group(2).trim().toLowerCase(Locale.ROOT);
      StringBuilder initials = new StringBuilder();
      for (String w : longForm.split("\\s+")) {
        if (!w.isEmpty() && !Set.of("of", "the", "de", "del", "la", "and", "for").contains(w)) {
          initials.append(w.charAt(0));
        }
      }
      // all the long form's initials in any order, or one word per letter: a translated name
      // ("eln (army of national liberation)", "eta (basque fatherland and liberty)")
      if (acro.length() >= 2
          && acro.length() <= 6
          && (sameLetters(initials.toString(), acro) || initials.length() == acro.length())) {
        out.putIfAbsent(longForm, f.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean sameLetters(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  /**
   * The drafts of one sentence: violent triggers make one event, others one each; {@code
   * suicideBomber} says the article reports a suicide bomber (then "the bomber" is that person).
   */
  List<Draft> sentence(
      String text,
      List<Token> tokens,
      Sentence whole,
      Anchors anchors,
      Map<String, String> acronyms,
      List<Draft> earlier,
      boolean suicideBomber) {
    Sentence s = withoutRunningTotal(tokens, whole, anchors.referenceYear());
    boolean air = false;
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (RoleLexicon.AIR.contains(w) && !(suicideBomber && w.equals("bomber"))) {
        air = true;
      }
    }
    boolean airBefore = earlier.stream().anyMatch(d -> d.cue == Cue.AIRSTRIKE);
    // one sense per discourse: after a missile attack, "the strikes" are its missile strikes
    boolean shellBefore = !airBefore && earlier.stream().anyMatch(d -> d.cue == Cue.SHELL);
    boolean suicide = false;
    for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("suicide")
          && Set.of("bomb", "bomber", "bombing", "attack", "attacker", "car", "vest")
              .contains(tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT))) {
        suicide = true;
      }
      // one sense per discourse: "the bomber ... detonated the car" in a suicide bombing report
      if (suicideBomber
          && tokens.get(i).word().equalsIgnoreCase("the")
          && tokens.get(i + 1).word().equalsIgnoreCase("bomber")) {
        suicide = true;
      }
    }
    List<Draft> violent = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    List<Draft> out = new ArrayList<>();
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      Token t = tokens.get(i);
      Cue cue = cue(tokens, s, i, air, airBefore);
      if (cue == null
          && shellBefore
          && !air
          && tokens.get(i).lemma().equalsIgnoreCase("strike")
          && tokens.get(i).posStartsWith("NN")
          && (i == s.tokenFrom()
              || !LABOUR.contains(tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT)))) {
        cue = Cue.SHELL;
      }
      if (cue == null
          || hyphenated(text, t)
          || Modality.unreal(tokens, s, i)
          || generic(tokens, s, i)
          || modifier(tokens, s, i)
          || figurative(tokens, s, i, cue)
          || cumulative(tokens, s, i, anchors.referenceYear())
          || countNoun(tokens, s, i)
          || inventory(tokens, s) && t.posStartsWith("NN") && weaponCue(cue)) {
        continue;
      }
      if (suicide && (cue == Cue.BOMB || cue == Cue.ATTACK || cue == Cue.KILL)) {
        cue = Cue.SUICIDE;
      }
      if (cue == Cue.FALL && anchors.placesIn(s.start(), t.start()).isEmpty()) {
        continue;
      }
      Draft d = new Draft(AcledType.OTHER_STRATEGIC, cue);
      d.trigger = i;
      d.harm = cue == Cue.KILL || cue == Cue.HARM;
      d.definite =
          i > s.tokenFrom() && DEFINITE.contains(tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT))
              || i > s.tokenFrom() + 1
                  && DEFINITE.contains(tokens.get(i - 2).lemma().toLowerCase(Locale.ROOT))
                  && tokens.get(i - 1).posStartsWith("JJ");
      roles(text, tokens, s, i, cue, d, anchors, acronyms);
      if ((cue == Cue.SHELL || cue == Cue.AIRSTRIKE)
          && d.actors.values().stream().noneMatch(a -> a.role().equals("perpetrator"))) {
        String owner = ownerOfMeans(tokens, s, i);
        if (owner != null) {
          d.addActor(new Actor(owner, null, "perpetrator"));
        }
      }
      // the sentence's speakers report the event; they are not its victims or perpetrators
      d.actors.values().removeIf(a -> anchors.speaksIn(a.name(), a.entity(), s.start(), s.end()));
      d.type = type(cue, d, anchors, tokens, s, i);
      d.evidence.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
      d.date = anchors.date(s.start(), s.end(), t.start());
      Anchors.Located where = anchors.place(s.start(), s.end(), t.start());
      if (cue == Cue.FALL) {
        // What fell is the place: the last one named before "fell" ("Raqqa, ..., which fell").
        List<Anchors.Located> before = anchors.placesIn(s.start(), t.start());
        where = before.isEmpty() ? where : before.get(before.size() - 1);
      }
      d.place = where == null ? null : where.place();
      d.source = anchors.source(t.start(), t.end());
      if (!cue.violent()) {
        out.add(d);
        continue;
      }
      triggers.add(i);
      // One clause, one event: generic cues (attack, kill, wound) join the clause's event;
      // two specific cues of different kinds ("suicide bombings ..., a major airstrike") do not.
      Draft into = null;
      for (Draft v : violent) {
        if ((generic(cue) || generic(v.cue) || v.cue == cue)
            && clauseStart(tokens, s, v.trigger, i) < 0) {
          into = v;
        }
      }
      if (into == null) {
        violent.add(d);
        out.add(d);
      } else {
        // Burning or looting during an attack that kills or wounds ("killing dozens of residents
        // and burning homes") is part of the attack (ACLED codes the attack, not the looting).
        boolean partOfAttack =
            (cue == Cue.ARSON || cue == Cue.ROBBERY) && harmed(into)
                || (into.cue == Cue.ARSON || into.cue == Cue.ROBBERY) && harmed(d);
        if (partOfAttack ? harmed(d) : cue.specificity() > into.cue.specificity()) {
          into.cue = cue;
          into.type = d.type;
          into.definite = d.definite;
          into.date = d.date;
          into.place = d.place;
        }
        into.absorb(d);
      }
    }
    if (violent.size() > 1) {
      // Several events in one sentence: each takes the date and place of its own stretch.
      for (int k = 0; k < violent.size(); k++) {
        Draft v = violent.get(k);
        int clause = k == 0 ? -1 : clauseStart(tokens, s, violent.get(k - 1).trigger, v.trigger);
        int from = k == 0 ? s.start() : tokens.get(clause < 0 ? v.trigger : clause).start();
        int to = k + 1 < violent.size() ? stretchEnd(tokens, s, v, violent.get(k + 1)) : s.end();
        int at = tokens.get(v.trigger).start();
        v.date = anchors.date(from, to, at);
        Anchors.Located where = anchors.place(from, to, at);
        v.place = where == null ? null : where.place();
      }
    }
    if (violent.isEmpty()) {
      Draft last = null;
      for (Draft e : earlier) {
        if (e.cue.violent()) {
          last = e;
        }
      }
      if (last != null && eventAnaphor(tokens, s)) {
        // "a member of the eta group directed the operation": its agents are the event's
        int before = last.actors.size() + last.weapons.size();
        perpetrators(text, tokens, s, last, anchors, acronyms);
        weapons(text, tokens, s, last);
        if (last.actors.size() + last.weapons.size() > before) {
          last.evidence.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
        }
      }
      if (last != null) {
        int before = last.actors.size();
        copularTargets(text, tokens, s, last, anchors);
        if (last.actors.size() > before) {
          last.evidence.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
        }
      }
      List<Integer> pointers = victimPointers(tokens, s);
      if (last != null && !pointers.isEmpty()) {
        int before = last.actors.size();
        // the whole sentence speaks of the victims: every name in it is one
        victims(text, tokens, s, last, anchors, pointers, s.tokenTo() - s.tokenFrom());
        if (last.actors.size() > before) {
          last.evidence.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
        }
      }
    }
    if (!violent.isEmpty()) {
      Draft first = violent.get(0);
      targets(text, tokens, s, first, anchors);
      copularTargets(text, tokens, s, first, anchors);
      perpetrators(text, tokens, s, first, anchors, acronyms);
      reportingOrganisation(tokens, s, first, anchors, acronyms);
      victims(text, tokens, s, first, anchors, triggers);
      weapons(text, tokens, s, first);
      casualties(tokens, s, anchors, violent);
    }
    return out;
  }

  /**
   * Where the finite verb trigger at {@code i} opens an independent clause after the trigger at
   * {@code from}: the token after a comma and a coordinator ("and", "but", "while") or a semicolon
   * between them, when a subject noun follows that boundary before the verb ("an attack ... killed
   * 30 civilians, and in January soldiers clashed with militants"); -1 if it does not. Coordinated
   * clauses with their own subject report their own events; "killing dozens and burning homes" has
   * no subject and stays one event.
   */
  static int clauseStart(List<Token> tokens, Sentence s, int from, int i) {
    String pos = tokens.get(i).pos();
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
      return -1;
    }
    for (int k = from + 1; k + 1 < i; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      boolean semicolon = w.equals(";");
      boolean boundary =
          semicolon
              || w.equals(",")
                  && Set.of("and", "but", "while")
                      .contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT));
      if (boundary) {
        Phrase subj = subject(tokens, s, i);
        int start = semicolon ? k + 1 : k + 2;
        return subj != null && subj.from() >= start ? start : -1;
      }
    }
    return -1;
  }

  /** Where the stretch of {@code v} ends: at the next event's clause, or else its trigger. */
  private static int stretchEnd(List<Token> tokens, Sentence s, Draft v, Draft next) {
    int clause = clauseStart(tokens, s, v.trigger, next.trigger);
    return tokens.get(clause < 0 ? next.trigger : clause).start();
  }

  private static boolean weaponCue(Cue cue) {
    return cue == Cue.GRENADE || cue == Cue.BOMB;
  }

  /**
   * Causes and abstractions a "battle" or "offensive" is waged against or for when it is a figure
   * of speech ("this battle against terrorism", "battling for our ideas", "the offensive for
   * peace"), not fighting between armed groups (ACLED codes armed clashes between organised armed
   * groups only; Codebook, "Battles"). A general English lexicon of campaign objects.
   */
  static final Set<String> CAUSES =
      Set.of(
          "terrorism",
          "crime",
          "corruption",
          "poverty",
          "drug",
          "drugs",
          "trafficking",
          "narcotrafficking",
          "peace",
          "idea",
          "ideas",
          "vote",
          "votes",
          "democracy",
          "freedom",
          "liberty",
          "justice",
          "impunity",
          "survival",
          "inflation",
          "unemployment",
          "hunger",
          "disease",
          "addiction",
          "independence",
          "right",
          "rights",
          "reform",
          "reforms",
          "truth",
          "dignity",
          "sovereignty",
          "development",
          "life",
          "time");

  /**
   * A clash cue waged against or for a cause ("the battle against terrorism", "battling for our
   * ideas", "the nationwide offensive for peace") is a figure of speech, not an armed clash.
   */
  static boolean figurative(List<Token> tokens, Sentence s, int i, Cue cue) {
    if (cue != Cue.CLASH || i + 2 >= s.tokenTo()) {
      return false;
    }
    String prep = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    if (!prep.equals("against") && !prep.equals("for")) {
      return false;
    }
    int k = i + 2;
    while (k < s.tokenTo()
        && (tokens.get(k).pos().equals("DT")
            || tokens.get(k).pos().startsWith("PRP")
            || tokens.get(k).pos().startsWith("JJ"))) {
      k++;
    }
    // the head of the object: the last noun of the run ("drug trafficking")
    String head = null;
    while (k < s.tokenTo() && tokens.get(k).posStartsWith("NN")) {
      head = tokens.get(k).word().toLowerCase(Locale.ROOT);
      k++;
    }
    return head != null && (CAUSES.contains(head) || head.endsWith("ism"));
  }

  /**
   * A sentence listing weapons by number ("348 ak-47 rifles, 118 automatic pistols, 29 grenade
   * launchers ...") is an inventory of arms, seized or held, not an attack: three counted weapon
   * nouns at least. Its weapon nouns ("fragmentation grenades") announce no event and fill no
   * weapon role (MUC-4 fills weapons of an incident only).
   */
  static boolean inventory(List<Token> tokens, Sentence s) {
    int counted = 0;
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      Token t = tokens.get(i);
      if (!t.posStartsWith("NN")
          || !RoleLexicon.WEAPONS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (i + 1 < s.tokenTo()
          && RoleLexicon.WEAPONS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        continue; // "grenade launchers" counts once, at its head
      }
      for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 4); k--) {
        if (tokens.get(k).pos().equals("CD")) {
          counted++;
          break;
        }
        if (tokens.get(k).pos().equals(",") || tokens.get(k).posStartsWith("VB")) {
          break;
        }
      }
    }
    return counted >= 3;
  }

  /** Nouns that refer back to a violent act already reported ("the crime", "this action"). */
  private static final Set<String> ANAPHORS =
      Set.of("crime", "action", "operation", "incident", "act", "attempt");

  /** Whether the sentence refers back to a reported act: a definite event noun. */
  static boolean eventAnaphor(List<Token> tokens, Sentence s) {
    for (int i = s.tokenFrom() + 1; i < s.tokenTo(); i++) {
      String l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      String prev = tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT);
      if (ANAPHORS.contains(l)
          && tokens.get(i).pos().equals("NN")
          && (DEFINITE.contains(prev)
              || i - 2 >= s.tokenFrom()
                  && DEFINITE.contains(tokens.get(i - 2).lemma().toLowerCase(Locale.ROOT))
                  && tokens.get(i - 1).posStartsWith("JJ"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that point back to the victims of violence already reported: "the victims were identified
   * as ...", "the hostages ...", "the death of ...", "the body of ...". A sentence without a
   * trigger of its own names with them the victims of the latest violent event (MUC-4 fills victims
   * from such follow-up sentences; Sundheim 1992, task definition).
   */
  static List<Integer> victimPointers(List<Token> tokens, Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      String l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      boolean of = i + 1 < s.tokenTo() && tokens.get(i + 1).word().equalsIgnoreCase("of");
      if (l.equals("victim")
          || l.equals("hostage")
          || (l.equals("death") || l.equals("body")) && of) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * A noun trigger modifying the noun after it ("kidnapping ring", "battle zones", "attack
   * helicopters") names a kind of thing, not an event; it stays when that noun is a trigger too
   * ("bomb attack", "car bomb explosion"), which then carries the event.
   */
  static boolean modifier(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("NN") || i + 1 >= s.tokenTo()) {
      return false;
    }
    Token n = tokens.get(i + 1);
    if (Cue.of(t.lemma()).orElse(Cue.ATTACK) == Cue.GRENADE) {
      // a weapon that fires another ("grenade launchers", "grenade and rocket launchers")
      int k = n.pos().equals("CC") ? i + 2 : i + 1;
      String head = null;
      while (k < s.tokenTo() && tokens.get(k).posStartsWith("NN")) {
        head = tokens.get(k).word().toLowerCase(Locale.ROOT);
        k++;
      }
      if (head != null && head.startsWith("launcher")) {
        return true;
      }
    }
    return n.pos().startsWith("NN")
        && !n.ner().equals("DATE")
        && !n.ner().equals("TIME")
        && Cue.of(n.lemma()).isEmpty()
        && !RoleLexicon.WEAPONS.contains(n.word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** Whether a draft killed or wounded people: a killing or wounding cue, or casualties. */
  private static boolean harmed(Draft d) {
    return d.harm || d.fatalities != null || d.injured != null;
  }

  private static boolean generic(Cue cue) {
    return cue == Cue.ATTACK || cue == Cue.KILL || cue == Cue.HARM;
  }

  /** A trigger inside a hyphenated word ("battle-hardened") is a modifier, not an event. */
  private static boolean hyphenated(String text, Token t) {
    return t.end() < text.length() && text.charAt(t.end()) == '-'
        || t.word().indexOf('-') > 0 && Cue.of(t.lemma()).isEmpty();
  }

  /** Weapons fired from a distance whose strikes ACLED codes as shelling/missile attacks. */
  private static final Set<String> PROJECTILES =
      Set.of("missile", "rocket", "artillery", "mortar", "shell", "howitzer");

  /** Verbs whose simple past is their present form, which taggers often read as present. */
  private static final Set<String> SAME_FORM_PAST =
      Set.of("hit", "put", "cut", "set", "hurt", "burst", "shut", "spread", "cast");

  /** Verbs of a projectile reaching its target. */
  private static final Set<String> IMPACT = Set.of("strike", "hit", "slam", "pound");

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Whether "shoot down" at {@code i} downs projectiles or drones (an interception by air defence)
   * rather than an aircraft with its crew: a projectile or drone noun within the object, before the
   * next verb or comma.
   */
  static boolean intercepted(List<Token> tokens, Sentence s, int i) {
    for (int k = i + 2; k < Math.min(s.tokenTo(), i + 10); k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (PROJECTILES.contains(w)
          || PROJECTILES.contains(singular(w))
          || w.startsWith("drone")
          || w.equals("shells")) {
        return true;
      }
      if (t.posStartsWith("VB") || w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The side whose weapons struck, when no perpetrator is named: a nationality before the means
   * ("Russian missiles struck Kyiv", "a major American airstrike", "Israeli air strikes") names the
   * state's forces ("Russian forces"); a country firing or launching the projectiles in a relative
   * clause ("the 84 cruise missiles that Russia fired") names the country. ACLED codes the state's
   * military forces as the actor of such strikes (Codebook 2023, "Actors").
   */
  static String ownerOfMeans(List<Token> tokens, Sentence s, int i) {
    int k = i - 1;
    int seen = 0;
    while (k >= s.tokenFrom() && seen < 4) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (RoleLexicon.nationality(w)
          && t.word().length() > 3
          && Character.isUpperCase(t.word().charAt(0))) {
        return t.word() + " forces";
      }
      boolean means =
          PROJECTILES.contains(w)
              || PROJECTILES.contains(singular(w))
              || RoleLexicon.AIR.contains(w)
              || w.equals("cruise")
              || w.equals("ballistic")
              || w.equals("strike")
              || w.equals("strikes");
      if (!means && !t.posStartsWith("JJ")) {
        break;
      }
      k--;
      seen++;
    }
    // "<projectiles> that|which <Country> fired|launched"
    for (int j = s.tokenFrom() + 1; j + 2 < s.tokenTo(); j++) {
      String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
      String head = tokens.get(j - 1).word().toLowerCase(Locale.ROOT);
      if ((w.equals("that") || w.equals("which"))
          && (PROJECTILES.contains(singular(head)) || head.startsWith("drone"))
          && tokens.get(j + 1).ner().equals("LOCATION")
          && tokens.get(j + 1).posStartsWith("NNP")) {
        int v = j + 1;
        while (v < s.tokenTo() && tokens.get(v).ner().equals("LOCATION")) {
          v++;
        }
        if (v < s.tokenTo()
            && Set.of("fire", "launch").contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
          return tokens.get(j + 1).word() + (v > j + 2 ? " " + tokens.get(j + 2).word() : "");
        }
      }
    }
    return null;
  }

  /** The cue of token {@code i}, refined by its neighbours; null when it is no trigger. */
  static Cue cue(List<Token> tokens, Sentence s, int i, boolean air, boolean airBefore) {
    Token t = tokens.get(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String prev = i > s.tokenFrom() ? tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT) : "";
    String next = i + 1 < s.tokenTo() ? tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT) : "";
    // "Air strikes hit ...": taggers often read "strikes" after "Air" as a verb.
    boolean airNoun = t.pos().equals("VBZ") && RoleLexicon.AIR.contains(prev);
    if (lemma.equals("strike") && (t.posStartsWith("NN") || airNoun)) {
      // "strike": a labour strike with a labour modifier, else an air strike in an air context.
      if (LABOUR.contains(prev)) {
        return Cue.STOPPAGE;
      }
      if (PROJECTILES.contains(prev)) {
        return Cue.SHELL; // "a missile strike", "rocket strikes"
      }
      return air || airBefore ? Cue.AIRSTRIKE : null;
    }
    if (IMPACT.contains(lemma) && t.posStartsWith("VB") && i > s.tokenFrom()) {
      // "Russian missiles struck Kyiv", "rockets hit the base", "drones struck a depot": the
      // weapon as subject names the kind of attack (ACLED: shelling/missile attack, air strike).
      String subject = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
      if (PROJECTILES.contains(subject) || PROJECTILES.contains(singular(subject))) {
        return Cue.SHELL;
      }
      if (RoleLexicon.AIR.contains(subject) && !subject.equals("air")) {
        return Cue.AIRSTRIKE;
      }
    }
    if (lemma.equals("fire") && (prev.equals("set") || prev.equals("open"))) {
      return prev.equals("set") ? Cue.ARSON : Cue.ATTACK;
    }
    if (lemma.equals("fire") && t.posStartsWith("VB")) {
      // "fired their guns", "fired automatic weapons", "mortars ... have been fired against"
      for (int k = Math.max(s.tokenFrom(), i - 8); k < Math.min(s.tokenTo(), i + 4); k++) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (k != i && (PROJECTILES.contains(w) || PROJECTILES.contains(singular(w)))) {
          return Cue.SHELL; // "the missiles that Russia fired", "fired rockets at the town"
        }
      }
      for (int k = Math.max(s.tokenFrom(), i - 8); k < Math.min(s.tokenTo(), i + 4); k++) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (k != i && (RoleLexicon.WEAPONS.contains(w) || w.equals("shots") || w.equals("shot"))) {
          return Cue.ATTACK;
        }
      }
      return null;
    }
    if (lemma.equals("shoot") && next.equals("down") && intercepted(tokens, s, i)) {
      return null; // "shot down 43 of the 84 cruise missiles": air defence, not an attack
    }
    if (lemma.equals("raid") && prev.equals("air")) {
      return Cue.AIRSTRIKE;
    }
    if (lemma.equals("blow") && next.equals("up") && t.posStartsWith("VB")) {
      return Cue.BOMB; // "blew up a power substation", "a newspaper was blown up"
    }
    var cue = Cue.of(lemma);
    if (cue.isEmpty()) {
      return null;
    }
    Cue c = cue.get();
    if (prev.equals("suicide") && (c == Cue.BOMB || c == Cue.ATTACK)) {
      return Cue.SUICIDE;
    }
    if (c == Cue.BOMB && lemma.equals("bomber") && prev.equals("suicide")) {
      return Cue.SUICIDE;
    }
    if (c == Cue.FALL && !t.posStartsWith("VB")) {
      return null;
    }
    if (c == Cue.FALL && (next.equals("back") || next.equals("silent") || next.equals("ill"))) {
      return null;
    }
    if (c == Cue.PROTEST && !t.posStartsWith("NN")) {
      return null;
    }
    if (c == Cue.ATTACK && lemma.equals("gun") && !next.equals("down")) {
      return null;
    }
    if ((c == Cue.BOMB || c == Cue.ATTACK) && air && !lemma.equals("dynamite")) {
      return c == Cue.BOMB && !t.posStartsWith("VB") && !lemma.startsWith("bomb")
          ? c
          : Cue.AIRSTRIKE;
    }
    return c;
  }

  /** The ACLED type of a draft from its cue and who it hit. */
  static AcledType type(Cue cue, Draft d, Anchors anchors, List<Token> tokens, Sentence s, int i) {
    return switch (cue) {
      case SUICIDE -> AcledType.SUICIDE_BOMB;
      case AIRSTRIKE -> AcledType.AIR_DRONE_STRIKE;
      case SHELL -> AcledType.SHELLING;
      case GRENADE -> AcledType.GRENADE;
      case BOMB -> AcledType.REMOTE_EXPLOSIVE;
      case KIDNAP -> AcledType.ABDUCTION;
      case CLASH -> AcledType.ARMED_CLASH;
      case ARSON, ROBBERY -> AcledType.LOOTING;
      case ARREST -> AcledType.ARRESTS;
      case SURRENDER -> AcledType.CHANGE_TO_GROUP;
      case FALL -> AcledType.NON_VIOLENT_TRANSFER;
      case PROTEST, STOPPAGE -> AcledType.PEACEFUL_PROTEST;
      case RIOT -> AcledType.VIOLENT_DEMONSTRATION;
      case ATTACK, KILL, HARM ->
          armedTarget(d, tokens, s, i) ? AcledType.ARMED_CLASH : AcledType.ATTACK_ON_CIVILIANS;
    };
  }

  /** Whether an attack hit armed people or positions (then ACLED codes a battle). */
  private static boolean armedTarget(Draft d, List<Token> tokens, Sentence s, int i) {
    for (Actor a : d.actors.values()) {
      if (!a.role().equals("perpetrator")) {
        for (String w : a.name().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (RoleLexicon.ARMED.contains(w)) {
            return true;
          }
        }
      }
    }
    // "attack on/against <armed noun or place>" ("the assault on Afrin") with no victim found;
    // a place whose attack kills or wounds civilians ("the attack on Solhan ... killed at least
    // 100 people") is violence against civilians.
    if (i + 2 < s.tokenTo()
        && !civilianHarm(tokens, s)
        && Set.of("on", "against").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
        && (tokens.get(i + 2).ner().equals("LOCATION")
            || tokens.get(i + 3 < s.tokenTo() ? i + 3 : i + 2).ner().equals("LOCATION"))) {
      return true;
    }
    for (int k = i + 1; k < Math.min(s.tokenTo(), i + 5); k++) {
      if (RoleLexicon.ARMED.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return armedPatientBefore(tokens, s, i);
  }

  /** Unarmed people: the patients of violence against civilians (ACLED Codebook, 2023). */
  static final Set<String> CIVILIANS =
      Set.of(
          "people",
          "civilians",
          "civilian",
          "residents",
          "villagers",
          "inhabitants",
          "persons",
          "children",
          "women",
          "worshippers",
          "passengers",
          "farmers",
          "students",
          "shoppers",
          "pedestrians",
          "peasants",
          "families");

  /**
   * Whether the sentence kills or wounds unarmed people: a kill or wound word followed, past
   * figures, hedges and "of", by a civilian noun ("killed at least 100 people", "killing dozens of
   * residents").
   */
  static boolean civilianHarm(List<Token> tokens, Sentence s) {
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      Cue c = Cue.of(tokens.get(i).lemma().toLowerCase(Locale.ROOT)).orElse(null);
      if (c != Cue.KILL && c != Cue.HARM) {
        continue;
      }
      for (int k = i + 1; k < Math.min(s.tokenTo(), i + 7); k++) {
        Token t = tokens.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (CIVILIANS.contains(w)) {
          return true;
        }
        if (!(t.pos().equals("CD")
            || t.pos().startsWith("JJ")
            || t.pos().equals("DT")
            || t.pos().equals("RB")
            || t.pos().equals("RBS")
            || Set.of(
                    "of",
                    "than",
                    "about",
                    "some",
                    "nearly",
                    "dozens",
                    "hundreds",
                    "scores",
                    "at",
                    "least",
                    "more",
                    "up",
                    "to",
                    "over",
                    "almost",
                    "around")
                .contains(w))) {
          break;
        }
      }
    }
    return false;
  }

  /** Fighters, whose killing is combat; the plural and singular of ACLED's armed actors. */
  static final Set<String> COMBATANTS =
      Set.of(
          "guerrilla",
          "guerrillas",
          "rebel",
          "rebels",
          "insurgent",
          "insurgents",
          "subversive",
          "subversives",
          "terrorist",
          "terrorists",
          "soldier",
          "soldiers",
          "troops",
          "policeman",
          "policemen",
          "militiaman",
          "militiamen",
          "fighters",
          "combatants");

  /**
   * "two fmln rebels were killed", "the number of guerrillas killed by troops": the patient of a
   * passive or participle kill / wound trigger stands before it; when it is a combatant the killing
   * is fighting between armed groups, an ACLED Battle, not violence against civilians (Codebook:
   * "Violence against civilians" is violence against unarmed non-combatants).
   */
  static boolean armedPatientBefore(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    Cue c = Cue.of(t.lemma()).orElse(null);
    if (!t.pos().equals("VBN") || (c != Cue.KILL && c != Cue.HARM)) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 4); k--) {
      Token p = tokens.get(k);
      String w = p.word().toLowerCase(Locale.ROOT);
      if (p.posStartsWith("NN")) {
        return COMBATANTS.contains(w);
      }
      if (!p.lemma().equalsIgnoreCase("be") && !p.posStartsWith("RB") && !p.pos().equals("CD")) {
        return false;
      }
    }
    return false;
  }

  /** Verbs whose object is the explosive device itself. */
  private static final Set<String> DETONATE = Set.of("detonate", "explode", "trigger");

  /** Assigns perpetrator, target and victim around the trigger at {@code i}. */
  static void roles(
      String text,
      List<Token> tokens,
      Sentence s,
      int i,
      Cue cue,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms) {
    if (!cue.violent()) {
      // Arrests, protests, surrenders: the acting side is an actor, not a perpetrator.
      Phrase subj = subject(tokens, s, i);
      if (subj != null) {
        actor(text, tokens, subj, "actor", d, anchors, acronyms);
      }
      return;
    }
    Token t = tokens.get(i);
    boolean verb = t.posStartsWith("VB");
    boolean passive =
        verb && t.pos().equals("VBN") && beBefore(tokens, s, i) || casualtyCount(tokens, s, i);
    Phrase agent = null;
    Phrase patient = null;
    // "by X" after the trigger: the agent of a passive verb or of a noun ("an attack by X").
    for (int k = i + 1; k < Math.min(s.tokenTo(), i + 6); k++) {
      if (tokens.get(k).word().equalsIgnoreCase("by")) {
        agent = Phrase.rightOf(tokens, k + 1, s.tokenTo());
        agent = agent == null ? null : ofArmedName(tokens, s, agent);
        break;
      }
      if (!verb || tokens.get(k).pos().equals(",")) {
        if (!tokens.get(k).word().equalsIgnoreCase("of")
            && !tokens.get(k).pos().startsWith("NN")
            && !tokens.get(k).pos().startsWith("DT")
            && !tokens.get(k).pos().startsWith("JJ")) {
          break;
        }
      }
    }
    if (verb && !passive) {
      if (agent == null) {
        agent = subject(tokens, s, i);
      }
      int k = i + 1;
      while (k < s.tokenTo()
          && (tokens.get(k).pos().equals("RP")
              || tokens.get(k).pos().startsWith("RB")
              || tokens.get(k).word().equalsIgnoreCase("on")
              || tokens.get(k).word().equalsIgnoreCase("against"))) {
        k++;
      }
      // what is detonated or set off is the means, not the target ("he detonated the car")
      patient =
          DETONATE.contains(t.lemma().toLowerCase(Locale.ROOT))
              ? null
              : Phrase.rightOf(tokens, k, s.tokenTo());
    } else if (passive) {
      patient = subject(tokens, s, i);
    } else {
      // A noun trigger: "the murder of X", "an attack on X", "a guerrilla attack".
      if (i + 1 < s.tokenTo()) {
        String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
        if (next.equals("of") || next.equals("on") || next.equals("against")) {
          patient = Phrase.rightOf(tokens, i + 2, s.tokenTo());
        }
      }
      if (agent == null && i > s.tokenFrom()) {
        Phrase mod = Phrase.leftOf(tokens, i, s.tokenFrom());
        // a perpetrator noun before the trigger with no verb between ("a guerrilla attack"; not
        // "the police reported that the explosion")
        if (mod != null
            && noVerbBetween(tokens, mod.to(), i)
            && !casualtyWord(t)
            && RoleLexicon.PERPETRATORS.contains(mod.headWord(tokens))) {
          agent = mod;
        }
      }
    }
    if (agent != null) {
      actor(text, tokens, agent, "perpetrator", d, anchors, acronyms);
    }
    if (patient != null) {
      patient(text, tokens, patient, cue, d, anchors, acronyms);
    }
  }

  /** Nouns that count casualties: "the number of wounded", "the toll of dead". */
  private static final Set<String> COUNT_NOUNS = Set.of("number", "toll", "tally", "count");

  /**
   * Whether the kill or wound word at {@code i} is a bare noun counted by the phrase before it
   * ("put the number of wounded higher"): it names a figure of an event told elsewhere, not an act,
   * so it is not a trigger of its own.
   */
  static boolean countNoun(List<Token> tokens, Sentence s, int i) {
    return i - 2 >= s.tokenFrom()
        && casualtyWord(tokens.get(i))
        && tokens.get(i - 1).word().equalsIgnoreCase("of")
        && COUNT_NOUNS.contains(tokens.get(i - 2).lemma().toLowerCase(Locale.ROOT));
  }

  /** A word of death or injury ("dead", "wounded", "killed"). */
  private static boolean casualtyWord(Token t) {
    String l = t.lemma().toLowerCase(Locale.ROOT);
    return KILL_WORDS.contains(l) || HURT_WORDS.contains(l);
  }

  /**
   * Whether the kill or wound word at {@code i} counts casualties rather than reporting an act: a
   * participle or adjective with no object after a counted noun ("leaving 29 soldiers killed, 30
   * wounded", "resulted in one terrorist dead", "the army sustained 20 killed") or after "the
   * number of" ("the number of guerrillas killed by troops"). The noun before it is the patient.
   */
  static boolean casualtyCount(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    if (!casualtyWord(t)
        || !(t.pos().equals("VBD") || t.pos().equals("VBN") || t.posStartsWith("JJ"))
        || i == s.tokenFrom()) {
      return false;
    }
    if (i + 1 < s.tokenTo()) {
      Token n = tokens.get(i + 1);
      if (n.pos().equals("DT")
          || n.pos().startsWith("PRP")
          || n.pos().equals("CD")
          || n.posStartsWith("NN")) {
        return false; // an object: "guerrillas killed two soldiers"
      }
    }
    Token before = tokens.get(i - 1);
    if (before.pos().equals("CD")) {
      return true; // "sustained 20 killed"
    }
    Phrase p = Phrase.leftOf(tokens, i, s.tokenFrom());
    if (p == null || p.to() != i) {
      return false;
    }
    int b = p.from() - 1;
    if (b >= s.tokenFrom() && tokens.get(b).pos().equals("CD")) {
      return true; // "29 soldiers killed", "one terrorist dead"
    }
    return b >= s.tokenFrom() + 1
        && tokens.get(b).word().equalsIgnoreCase("of")
        && tokens.get(b - 1).word().equalsIgnoreCase("number");
  }

  private static boolean noVerbBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).posStartsWith("VB")) {
        return false;
      }
    }
    return true;
  }

  private static boolean beBefore(List<Token> tokens, Sentence s, int i) {
    for (int k = i - 1; k >= Math.max(s.tokenFrom(), i - 3); k--) {
      if (BE.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!tokens.get(k).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Third-person pronouns that point back to a participant. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "they");

  /**
   * The noun phrase that opens the sentence when a verb follows it before {@code limit} (the
   * subject of the main clause: "the extraditables also announced that they ..."), else null.
   */
  static Phrase mainSubject(List<Token> tokens, Sentence s, int limit) {
    Phrase p = Phrase.rightOf(tokens, s.tokenFrom(), limit);
    if (p == null || p.from() > s.tokenFrom() + 2 || p.to() >= limit) {
      return null;
    }
    int k = p.to();
    while (k < limit
        && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD"))) {
      k++;
    }
    return k < limit && tokens.get(k).posStartsWith("VB") ? p : null;
  }

  /** The subject of the verb at {@code i}: the noun phrase before it, past auxiliaries. */
  static Phrase subject(List<Token> tokens, Sentence s, int i) {
    int k = i;
    while (k > s.tokenFrom()) {
      Token p = tokens.get(k - 1);
      if (p.pos().startsWith("RB")
          || Set.of("DATE", "TIME").contains(p.ner()) // "terrorists tonight bombed"
          || p.pos().equals("MD")
          || p.pos().startsWith("VB") && (BE.contains(p.lemma()) || p.lemma().equals("have"))) {
        k--;
      } else {
        break;
      }
    }
    if (k > s.tokenFrom() && tokens.get(k - 1).pos().equals("PRP")) {
      // "The bomber did not stop ..., and he detonated the car": a personal pronoun takes the
      // subject of the sentence's main clause, never the noun just before it
      return PERSONAL.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
          ? mainSubject(tokens, s, k - 1)
          : null;
    }
    if (k - 3 >= s.tokenFrom()
        && tokens.get(k - 1).pos().equals("-RRB-")
        && tokens.get(k - 3).pos().equals("-LRB-")) {
      // "the farabundo marti national liberation front (fmln) attacked": the acronym.
      return new Phrase(k - 2, k - 1);
    }
    if (k > s.tokenFrom() && tokens.get(k - 1).pos().startsWith("W")) {
      // A relative clause: "guerrillas, who attacked ..." takes the noun before "who".
      k--;
      if (k > s.tokenFrom() && tokens.get(k - 1).pos().equals(",")) {
        k--;
      }
    }
    return Phrase.leftOf(tokens, k, s.tokenFrom());
  }

  /** Adds the phrase as an actor when it names one. */
  private static void actor(
      String text,
      List<Token> tokens,
      Phrase p,
      String role,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms) {
    actor(text, tokens, p, role, d, anchors, acronyms, false);
  }

  /**
   * Adds the actor named by {@code p}; an {@code accused} phrase (named in a frame of suspicion or
   * responsibility, {@code namesArmedActor}) needs no listed head.
   */
  private static void actor(
      String text,
      List<Token> tokens,
      Phrase p,
      String role,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms,
      boolean accused) {
    p = p.clean(tokens);
    String head = p.headWord(tokens);
    if (RoleLexicon.NOT_ACTORS.contains(head)) {
      return;
    }
    if (role.equals("perpetrator")) {
      p = groupOf(tokens, p);
    }
    Phrase quoted = quoted(tokens, p);
    if (quoted != null && !role.equals("target")) {
      // 'the maoist "shining path" group': the group's name is the quoted one.
      Token f = tokens.get(quoted.from());
      Token l = tokens.get(quoted.to() - 1);
      d.addActor(new Actor(quoted.text(text, tokens), anchors.entity(f.start(), l.end()), role));
      return;
    }
    for (int k = p.from(); k < p.to(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (acronyms.containsValue(w)) {
        // "fmln urban commandos": the organisation is the filler.
        Token t = tokens.get(k);
        d.addActor(new Actor(w, anchors.entity(t.start(), t.end()), role));
        Phrase members = role.equals("perpetrator") ? membersBefore(tokens, p) : null;
        if (members != null) {
          Token f = tokens.get(members.from());
          Token l = tokens.get(members.to() - 1);
          d.addActor(
              new Actor(members.text(text, tokens), anchors.entity(f.start(), l.end()), role));
        }
        return;
      }
    }
    boolean named = false;
    for (int k = p.from(); k < p.to(); k++) {
      String ner = tokens.get(k).ner();
      if (ner.equals("ORGANIZATION") || ner.equals("PERSON") || ner.equals("NATIONALITY")) {
        named = true;
      }
    }
    String name = p.text(text, tokens);
    String lower = name.toLowerCase(Locale.ROOT);
    if (acronyms.containsKey(lower)) {
      name = acronyms.get(lower);
      named = true;
    } else if (acronyms.containsValue(lower)) {
      named = true;
    }
    Phrase person = personName(tokens, p);
    if (person != null && person.from() == p.from()) {
      named = true; // a given name opens the phrase: "carlos perez" in lower-case text
    }
    boolean qualified =
        role.equals("perpetrator")
            && p.to() - p.from() > 1
            && WEAK_PERPETRATORS.contains(head); // "urban commando units"
    if (!named && !qualified && !accused && !RoleLexicon.PERPETRATORS.contains(head)) {
      return;
    }
    Token first = tokens.get(p.from());
    Token last = tokens.get(p.to() - 1);
    d.addActor(new Actor(name, anchors.entity(first.start(), last.end()), role));
    if (role.equals("perpetrator")) {
      ofAcronym(text, tokens, p, d, anchors, acronyms);
    }
  }

  // Collective heads that MUC-4 annotators mark with what they are made of: "a group of 10 paid
  // assassins", "members of the farabundo marti national liberation front".
  private static final Set<String> COLLECTIVES =
      Set.of("group", "members", "band", "gang", "squad", "commando", "cell", "column", "unit");

  /**
   * A perpetrator headed by a collective noun extended with "of" and the noun phrase after it
   * (numbers and participles included: "group of 10 paid assassins"); else the phrase as is.
   */
  static Phrase groupOf(List<Token> tokens, Phrase p) {
    int k = p.to();
    if (!COLLECTIVES.contains(p.headWord(tokens))
        || k + 1 >= tokens.size()
        || !tokens.get(k).word().equalsIgnoreCase("of")) {
      return p;
    }
    int sentence = tokens.get(k).sentence();
    int j = k + 1;
    if (j < tokens.size() && tokens.get(j).pos().equals("DT")) {
      j++;
    }
    int end = -1;
    for (; j < tokens.size() && j < k + 9 && tokens.get(j).sentence() == sentence; j++) {
      Token t = tokens.get(j);
      if (t.posStartsWith("NN")) {
        end = j + 1;
      } else if (!(t.pos().equals("CD") || t.posStartsWith("JJ") || t.pos().equals("VBN"))) {
        break;
      }
    }
    return end < 0 ? p : new Phrase(p.from(), end);
  }

  /**
   * The members who acted for an organisation named by its acronym in parentheses: "members of the
   * farabundo marti national liberation front (fmln) attacked" gives "members of the farabundo
   * marti national liberation front" (MUC-4 PerpInd) beside the organisation (PerpOrg); "members of
   * the 8th front of the ... (farc)" gives "members of the 8th front". Only a collective that opens
   * its clause (not "presumed to be members of"); else null.
   */
  static Phrase membersBefore(List<Token> tokens, Phrase acronym) {
    int open = acronym.from() - 1;
    if (open < 1 || acronym.to() - acronym.from() != 1 || !tokens.get(open).pos().equals("-LRB-")) {
      return null;
    }
    int sentence = tokens.get(open).sentence();
    for (int c = open - 1; c >= 0 && c > open - 16; c--) {
      Token t = tokens.get(c);
      boolean finite = t.posStartsWith("VB") && !t.pos().equals("VBN"); // "armed forces"
      if (t.sentence() != sentence || finite || t.pos().equals(",")) {
        return null;
      }
      if (COLLECTIVES.contains(t.word().toLowerCase(Locale.ROOT))
          && tokens.get(c + 1).word().equalsIgnoreCase("of")) {
        int b = c - 1;
        while (b >= 0
            && tokens.get(b).sentence() == sentence
            && (tokens.get(b).pos().equals("DT")
                || tokens.get(b).pos().equals("CD")
                || tokens.get(b).posStartsWith("JJ"))) {
          b--;
        }
        if (b >= 0
            && tokens.get(b).sentence() == sentence
            && (tokens.get(b).posStartsWith("VB") || tokens.get(b).pos().equals("TO"))) {
          return null; // "presumed to be members of": an identification, not the subject
        }
        Phrase members = groupOf(tokens, new Phrase(c, c + 1));
        return members.to() > c + 1 && members.to() <= open ? members : null;
      }
    }
    return null;
  }

  private static boolean quote(Token t) {
    return Set.of("\"", "``", "''").contains(t.word());
  }

  /** The quoted name inside a phrase ('the "shining path" group' gives shining path), or null. */
  static Phrase quoted(List<Token> tokens, Phrase p) {
    for (int k = p.from(); k < p.to(); k++) {
      if (quote(tokens.get(k))) {
        for (int j = k + 2; j < p.to(); j++) {
          if (quote(tokens.get(j))) {
            return new Phrase(k + 1, j);
          }
        }
        // 'the guevarist "tupac amaru revolutionary movement" (mrta) group': the chunk stops at
        // the closing quote, which ends the name as well
        return k + 1 < p.to() && p.to() < tokens.size() && quote(tokens.get(p.to()))
            ? new Phrase(k + 1, p.to())
            : null;
      }
    }
    return null;
  }

  /** Adds the patient of a violent trigger as a physical target or a named victim. */
  private static void patient(
      String text,
      List<Token> tokens,
      Phrase p,
      Cue cue,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms) {
    String headLemma = p.headLemma(tokens);
    Token first = tokens.get(p.from());
    Token last = tokens.get(p.to() - 1);
    if (RoleLexicon.TARGETS.contains(headLemma) && cue != Cue.KIDNAP && cue != Cue.KILL) {
      Phrase target = ofOwner(tokens, p.clean(tokens, false), p.to() + 40);
      addTarget(text, tokens, target, d, anchors);
      coordinatedTargets(text, tokens, target, d, anchors);
      return;
    }
    Phrase name = personName(tokens, p);
    if (name == null && (cue == Cue.KILL || cue == Cue.KIDNAP)) {
      name = unknownName(tokens, p.clean(tokens));
    }
    if (name != null) {
      Token f = tokens.get(name.from());
      d.addActor(
          new Actor(name.text(text, tokens), anchors.entity(f.start(), last.end()), "victim"));
    }
  }

  /**
   * A phrase of two to four words none of which is a known common word of the lexicons, after
   * titles: in lower-cased text, the victim of "the murder of X" is then most likely a name.
   */
  static Phrase unknownName(List<Token> tokens, Phrase p) {
    int from = p.from();
    while (from < p.to() - 1
        && RoleLexicon.TITLES.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      from++;
    }
    int n = p.to() - from;
    if (n < 2 || n > 4) {
      return null;
    }
    for (int k = from; k < p.to(); k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!(t.posStartsWith("NN") || t.posStartsWith("JJ") || t.pos().equals("FW"))
          || t.pos().equals("NNS")
          || lexical(w)
          || RoleLexicon.HEDGES.contains(w)
          || !w.chars().allMatch(Character::isLetter)) {
        return null;
      }
    }
    return new Phrase(from, p.to());
  }

  /**
   * The person's name inside a phrase: the tokens from the first given name or PERSON tag to the
   * end, titles dropped ("jesuit priest ignacio ellacuria" gives "ignacio ellacuria").
   */
  static Phrase personName(List<Token> tokens, Phrase p) {
    for (int k = p.from(); k < p.to(); k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (RoleLexicon.TITLES.contains(w)) {
        continue;
      }
      if (t.ner().equals("PERSON") || RoleLexicon.GIVEN_NAMES.contains(w)) {
        int end = p.to();
        return new Phrase(k, end);
      }
    }
    return null;
  }

  /** Adds the weapons named in the sentence of a violent event. */
  static void weapons(String text, List<Token> tokens, Sentence s, Draft d) {
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      if (RoleLexicon.SEIZURE.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return; // weapons seized or found, not used
      }
    }
    if (inventory(tokens, s)) {
      return;
    }
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!RoleLexicon.WEAPONS.contains(w) || !t.posStartsWith("NN")) {
        continue;
      }
      if (i + 1 < s.tokenTo()
          && tokens.get(i + 1).posStartsWith("NN")
          && RoleLexicon.WEAPONS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        continue; // part of a longer weapon name, "grenade launchers"
      }
      int from = i;
      if (i - 2 >= s.tokenFrom()
          && tokens.get(i - 1).word().equals("-")
          && tokens.get(i - 1).start() == tokens.get(i - 2).end()
          && tokens.get(i - 1).end() == t.start()) {
        from = i - 2; // "car-bomb", "truck-bomb" split by the tokenizer
      } else if (i > s.tokenFrom()) {
        Token p = tokens.get(i - 1);
        String pw = p.word().toLowerCase(Locale.ROOT);
        if (RoleLexicon.WEAPON_COMPOUNDS.contains(pw)
            || RoleLexicon.WEAPON_MODIFIERS.contains(pw)) {
          from = i - 1;
        }
      }
      if (RoleLexicon.WEAPONS_NEEDING_MODIFIER.contains(w) && from == i) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (d.weapons.stream().noneMatch(x -> headLemma(x).equals(lemma))) {
        // one weapon per kind in an event: "a bomb ... the bombs" is one filler
        d.weapons.add(text.substring(tokens.get(from).start(), t.end()));
      }
    }
  }

  private static String headLemma(String weapon) {
    String w = weapon.substring(weapon.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /** Fatalities and injured from the quantity layer: figures next to kill / injure words. */
  static void casualties(List<Token> tokens, Sentence s, Anchors anchors, List<Draft> drafts) {
    for (Quantity q : anchors.quantitiesIn(s.start(), s.end())) {
      Draft d = drafts.get(0);
      for (Draft c : drafts) {
        if (tokens.get(c.trigger).start() < q.start()) {
          d = c;
        }
      }
      if (q.low() == null && q.high() == null || q.unit() != null) {
        continue;
      }
      int qi = tokenAt(tokens, s, q.start());
      int qe = tokenAt(tokens, s, q.end() - 1);
      String kind = null;
      // A figure after the verb: "killed three dozen people and injured 90 more".
      for (int k = qi - 1; k >= Math.max(s.tokenFrom(), qi - 3); k--) {
        String l = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        kind = kind(l);
        if (kind != null || tokens.get(k).pos().equals(",")) {
          break;
        }
      }
      // A figure before: "36 people were killed", "150 dead".
      for (int k = qe + 1; kind == null && k < Math.min(s.tokenTo(), qe + 4); k++) {
        String l = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        kind = kind(l);
        if (tokens.get(k).pos().equals(",")) {
          break;
        }
      }
      Range r = new Range(q.low(), q.high());
      if ("dead".equals(kind) && d.fatalities == null) {
        d.fatalities = r;
      } else if ("hurt".equals(kind) && d.injured == null) {
        d.injured = r;
      }
    }
  }

  private static String kind(String lemma) {
    return KILL_WORDS.contains(lemma) ? "dead" : HURT_WORDS.contains(lemma) ? "hurt" : null;
  }

  private static int tokenAt(List<Token> tokens, Sentence s, int offset) {
    for (int k = s.tokenFrom(); k < s.tokenTo(); k++) {
      if (tokens.get(k).end() > offset) {
        return k;
      }
    }
    return s.tokenTo() - 1;
  }

  /**
   * Merges mentions of one real event. A draft joins an earlier one of the same type and sub-type
   * when they share a place (dates not contradicting) or a date (places not contradicting); a
   * definite mention ("the attack", "this invasion") or one without date and place joins the latest
   * compatible one; casualties or a generic "the attack" with no act of their own join the latest
   * violent event that does not contradict them.
   */
  static List<Draft> merge(List<Draft> drafts) {
    return merge(drafts, Draft.NOT_NESTED);
  }

  /**
   * As {@link #merge(List)}; a definite or dateless mention also joins an event whose place holds
   * its place or lies in it ({@code nested}: "the attack was the deadliest in Nineveh province"
   * after an attack in a town of that province).
   */
  static List<Draft> merge(List<Draft> drafts, BiPredicate<PlaceRef, PlaceRef> nested) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft into = null;
      for (Draft e : out) {
        if (e.compatible(d) && e.sharesAnchor(d)) {
          into = e;
          break;
        }
      }
      if (into == null && (d.definite || d.date == null && d.place == null)) {
        for (int k = out.size() - 1; k >= 0 && into == null; k--) {
          if (out.get(k).compatible(d, nested)) {
            into = out.get(k);
          }
        }
      }
      if (into == null && generic(d.cue) && (d.definite || d.actors.isEmpty())) {
        for (int k = out.size() - 1; k >= 0 && into == null; k--) {
          Draft e = out.get(k);
          if (e.cue.violent() && e.consistent(d, nested)) {
            into = e;
          }
        }
      }
      if (into == null) {
        out.add(d);
      } else {
        into.absorb(d);
      }
    }
    return out;
  }

  /**
   * A headline names the report's main event before its lead does ("Suicide Car Bomb Kills 14 at
   * Checkpoint Near Mosul", then "A suicide bomber drove ... south of Mosul on Monday"): a headline
   * event joins the first later event of the same ACLED type whose date it does not contradict
   * (headlines carry none) and whose place it shares, holds, or names in the later event's
   * sentences. The headline is the article's title when the text opens with it.
   */
  static List<Draft> headlines(
      List<Draft> merged, org.sitrep.core.article.Article article, String text) {
    String title = article == null || article.title() == null ? "" : article.title().strip();
    if (title.isEmpty() || !text.stripLeading().startsWith(title)) {
      return merged;
    }
    int end = text.indexOf(title) + title.length();
    List<Draft> out = new ArrayList<>(merged);
    for (Draft h : merged) {
      if (h.evidence.isEmpty() || h.evidence.stream().anyMatch(e -> e.end() > end)) {
        continue;
      }
      for (Draft e : out) {
        if (e != h
            && e.evidence.stream().allMatch(x -> x.start() >= end)
            && e.type.type().equals(h.type.type())
            && h.consistentHeadline(e)) {
          List<Span> evidence = new ArrayList<>(h.evidence);
          evidence.addAll(e.evidence);
          e.absorb(h);
          e.evidence.clear();
          e.evidence.addAll(evidence);
          out.remove(h);
          break;
        }
      }
    }
    return out;
  }

  private static final Set<String> LOCATIVES =
      Set.of("at", "in", "on", "against", "near", "inside", "outside", "into", "of");

  /**
   * A bare plural noun trigger ("attacks", "bombings" with no determiner, number or possessive)
   * speaks of events in general, not of one event.
   */
  static boolean generic(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    if (!t.pos().equals("NNS")) {
      return false;
    }
    for (int k = i - 1; k >= s.tokenFrom(); k--) {
      Token p = tokens.get(k);
      if (p.pos().equals("DT")
          || p.pos().equals("CD")
          || p.pos().startsWith("PRP")
          || p.pos().equals("POS")) {
        return false;
      }
      if (!p.pos().startsWith("JJ") && !p.pos().startsWith("NN")) {
        // "staged simultaneous attacks on ...", "have carried out terrorist attacks in ...": the
        // object of a verb of perpetration reports acts that took place
        String l = p.lemma().toLowerCase(Locale.ROOT);
        int v = k;
        if (l.equals("out") && k > s.tokenFrom()) {
          v = k - 1;
          l = tokens.get(v).lemma().toLowerCase(Locale.ROOT);
        }
        // "able ... to carry out attacks": an infinitive or a modal keeps them unreal
        boolean infinitive =
            v > s.tokenFrom()
                && (tokens.get(v - 1).pos().equals("TO") || tokens.get(v - 1).pos().equals("MD"));
        return !(p.posStartsWith("VB") || p.pos().equals("RP"))
            || !PERPETRATE.contains(l)
            || infinitive;
      }
    }
    return !pastSubject(tokens, s, i);
  }

  /**
   * Whether a bare plural opening its clause is the subject of a verb in the simple past ("Air
   * strikes on Saturday hit a market", "Clashes erupted"): an episode, not a generic statement,
   * which English puts in the present ("attacks are common").
   */
  private static boolean pastSubject(List<Token> tokens, Sentence s, int i) {
    boolean dated = false;
    for (int k = i + 1; k < s.tokenTo(); k++) {
      Token v = tokens.get(k);
      if (v.pos().equals("MD") || v.posStartsWith("VB")) {
        String w = v.word().toLowerCase(Locale.ROOT);
        boolean perfect =
            (w.equals("have") || w.equals("has"))
                && k + 1 < s.tokenTo()
                && tokens.get(k + 1).pos().equals("VBN");
        // "hit", "put", "cut": past and present look alike; a date in between decides.
        return v.pos().equals("VBD")
            || perfect
            || (dated || SAME_FORM_PAST.contains(w)) && !v.pos().equals("VBZ");
      }
      if (v.word().equals(",") || v.word().equals(";")) {
        return false;
      }
      dated |= v.ner().equals("DATE") || v.ner().equals("TIME");
    }
    return false;
  }

  /**
   * The sentence without a clause that sums up years ("No group claimed the attack, but militants
   * have killed thousands of people since 2015"): the rest keeps its events, which must not take
   * that clause's date or toll.
   */
  static Sentence withoutRunningTotal(List<Token> tokens, Sentence s, Integer year) {
    for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
      if (Cue.of(tokens.get(i).lemma()).isPresent() && cumulative(tokens, s, i, year)) {
        for (int k = i - 1; k > s.tokenFrom(); k--) {
          String w = tokens.get(k).word();
          if (w.equals(",") || w.equals(";")) {
            return new Sentence(s.index(), s.start(), tokens.get(k - 1).end(), s.tokenFrom(), k);
          }
        }
        return s;
      }
    }
    return s;
  }

  /**
   * Whether the trigger sums up a period of years, not one event: a present perfect counted from a
   * year before the article's ("have killed thousands of people since 2015"). ACLED codes events,
   * not such running totals.
   */
  static boolean cumulative(List<Token> tokens, Sentence s, int i, Integer year) {
    if (year == null || !tokens.get(i).pos().equals("VBN")) {
      return false;
    }
    boolean perfect = false;
    for (int k = Math.max(s.tokenFrom(), i - 3); k < i; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      perfect |= w.equals("have") || w.equals("has");
    }
    if (!perfect) {
      return false;
    }
    for (int k = s.tokenFrom(); k + 1 < s.tokenTo(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      String next = tokens.get(k + 1).word();
      if ((w.equals("since") || w.equals("over")) && next.matches("(19|20)\\d\\d")) {
        return Integer.parseInt(next) < year;
      }
      if (w.equals("since") && MonthNames.FULL.contains(next.toLowerCase(Locale.ROOT))) {
        return true; // "have been killed since February": a toll over months
      }
      if (w.equals("since") && next.equals("the") && k + 2 < s.tokenTo()) {
        // "since the start of the war", "since the beginning of 2015"
        String n2 = tokens.get(k + 2).word().toLowerCase(Locale.ROOT);
        return n2.equals("start") || n2.equals("beginning") || n2.equals("war");
      }
    }
    return false;
  }

  /** Verbs whose object is an act committed ("staged attacks", "carried out bombings"). */
  private static final Set<String> PERPETRATE =
      Set.of("stage", "carry", "launch", "conduct", "perpetrate", "commit", "mount", "unleash");

  /**
   * Physical targets of a violent sentence: noun phrases headed by a building, installation or
   * vehicle noun after a damage verb or a locative preposition ("exploded in front of the
   * embassy"), unless they are military positions.
   */
  static void targets(String text, List<Token> tokens, Sentence s, Draft d, Anchors anchors) {
    for (int k = s.tokenFrom(); k < s.tokenTo() - 1; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean damage =
          t.posStartsWith("VB") && RoleLexicon.DAMAGE.contains(t.lemma().toLowerCase(Locale.ROOT));
      if (damage && t.pos().equals("VBN")) {
        passiveTarget(text, tokens, s, k, d, anchors);
      }
      if (!damage && !LOCATIVES.contains(w)
          || w.equals("of")
              && k > s.tokenFrom()
              && OWNED.contains(tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "the offices of the company": the owner is part of the target's name
      }
      int from = k + 1;
      while (from < s.tokenTo()
          && (tokens.get(from).pos().equals("RP")
              || tokens.get(from).pos().startsWith("RB")
              || tokens.get(from).word().equalsIgnoreCase("fire")
              || tokens.get(from).word().equalsIgnoreCase("to"))) {
        from++;
      }
      Phrase p = Phrase.rightOf(tokens, from, s.tokenTo());
      if (p == null) {
        continue;
      }
      p = p.clean(tokens, false);
      if (!RoleLexicon.TARGETS.contains(p.headLemma(tokens)) || armed(tokens, p)) {
        continue;
      }
      p = ofOwner(tokens, p, s.tokenTo());
      addTarget(text, tokens, p, d, anchors);
      k = coordinatedTargets(text, tokens, p, d, anchors) - 1;
    }
  }

  private static final Set<String> AIMS = Set.of("target", "objective");

  /**
   * Targets named by a copula with "target" or "objective": "the presidential residence ... was the
   * target of an attack", "the offices of the deputy mayor ... was the objective of the terrorist
   * attack", "last night's terrorist target was the antioquia liqueur plant". The phrase must be
   * headed by a building, installation or vehicle noun; a sentence without a trigger of its own
   * gives the latest violent event its target (the copula points back to it).
   */
  static void copularTargets(
      String text, List<Token> tokens, Sentence s, Draft d, Anchors anchors) {
    for (int k = s.tokenFrom() + 1; k < s.tokenTo(); k++) {
      Token t = tokens.get(k);
      if (!t.posStartsWith("NN") || !AIMS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Phrase p = null;
      int b = k - 1;
      while (b > s.tokenFrom()
          && (tokens.get(b).pos().equals("DT") || tokens.get(b).posStartsWith("JJ"))) {
        b--;
      }
      if (tokens.get(b).lemma().equalsIgnoreCase("be")
          && k + 1 < s.tokenTo()
          && tokens.get(k + 1).word().equalsIgnoreCase("of")) {
        // "X was the target of": X, past an apposition set off by commas
        int e = b;
        if (e > s.tokenFrom() && tokens.get(e - 1).pos().equals(",")) {
          int open = e - 2;
          while (open > s.tokenFrom() && !tokens.get(open).pos().equals(",")) {
            open--;
          }
          if (tokens.get(open).pos().equals(",")) {
            e = open;
          }
        }
        p = Phrase.leftOf(tokens, e, s.tokenFrom());
        for (int hop = 0; hop < 2 && p != null && p.from() > s.tokenFrom() + 1; hop++) {
          // "the residence located in the escalon neighborhood was the target": past the place
          int in = p.from() - 1;
          while (in > s.tokenFrom() + 1 && tokens.get(in).pos().equals("DT")) {
            in--;
          }
          if (!tokens.get(in).pos().equals("IN") || tokens.get(in).word().equalsIgnoreCase("of")) {
            break;
          }
          int end = tokens.get(in - 1).pos().equals("VBN") ? in - 1 : in;
          p = Phrase.leftOf(tokens, end, s.tokenFrom());
        }
        int of = p == null ? -1 : p.from() - 1;
        while (of > s.tokenFrom() + 1 && tokens.get(of).pos().equals("DT")) {
          of--;
        }
        if (p != null && of > s.tokenFrom() && tokens.get(of).word().equalsIgnoreCase("of")) {
          Phrase owned = Phrase.leftOf(tokens, of, s.tokenFrom());
          if (owned != null && RoleLexicon.TARGETS.contains(owned.headLemma(tokens))) {
            p = new Phrase(owned.from(), p.to()); // "the offices of the deputy mayor"
          }
        }
        if (p != null && e < b && p.to() == e) {
          // with its apposition, the most complete noun phrase (MUC-4 fill rules, PHYS TGT ID):
          // "the offices of the deputy mayor, a civilian office occupied by the governor"
          p = new Phrase(p.from(), b - 1);
        }
      } else if (k + 1 < s.tokenTo() && tokens.get(k + 1).lemma().equalsIgnoreCase("be")) {
        p = Phrase.rightOf(tokens, k + 2, s.tokenTo()); // "the target was the plant"
      }
      if (p == null) {
        continue;
      }
      p = p.clean(tokens, false);
      String head = tokens.get(p.to() - 1).word().equalsIgnoreCase("of") ? "" : p.headLemma(tokens);
      if (RoleLexicon.TARGETS.contains(head)
          || OWNED.contains(tokens.get(p.from()).lemma().toLowerCase(Locale.ROOT))) {
        if (!armed(tokens, p)) {
          addTarget(text, tokens, p, d, anchors);
        }
      }
    }
  }

  /**
   * The subject of a passive damage verb is its target, as the object of the active verb is ("two
   * transformers were destroyed", "approximately 50 neighboring residences were damaged by the
   * blast", "two vehicles of the salvadoran red cross have also been attacked"): the grammatical
   * subject of a passive clause is the logical object. Only a phrase headed by a target noun, not
   * an armed one, directly before the "be" chain.
   */
  static void passiveTarget(
      String text, List<Token> tokens, Sentence s, int verb, Draft d, Anchors anchors) {
    int a = leftOfPassiveAuxiliaries(tokens, verb, s.tokenFrom());
    if (a < s.tokenFrom()) {
      return;
    }
    Phrase p = Phrase.leftOf(tokens, a + 1, s.tokenFrom());
    if (p == null) {
      return;
    }
    p = p.clean(tokens, false);
    int of = p.from() - 1;
    if (of > s.tokenFrom() && tokens.get(of).pos().equals("DT")) {
      of--;
    }
    if (!RoleLexicon.TARGETS.contains(p.headLemma(tokens))
        && of > s.tokenFrom()
        && tokens.get(of).word().equalsIgnoreCase("of")) {
      // "two vehicles of the salvadoran red cross": the owned thing is the target
      Phrase owned = Phrase.leftOf(tokens, of, s.tokenFrom());
      if (owned != null) {
        owned = owned.clean(tokens, false);
        p = new Phrase(owned.from(), p.to());
        if (!RoleLexicon.TARGETS.contains(owned.headLemma(tokens))) {
          return;
        }
        if (!armed(tokens, p)) {
          addTarget(text, tokens, p, d, anchors);
        }
        return;
      }
    }
    if (!RoleLexicon.TARGETS.contains(p.headLemma(tokens)) || armed(tokens, p)) {
      return;
    }
    addTarget(text, tokens, p, d, anchors);
  }

  /**
   * Adds a physical target, without the nationality adjectives in front of its head ("the u.s.
   * embassy", "a honduran helicopter" give "embassy", "helicopter"): MUC-4 fills PHYS TGT ID with
   * the target's noun phrase and records its country apart (PHYS TGT: FOREIGN NATION, MUC-4 task
   * definition), so the nationality is not part of the filler.
   */
  static void addTarget(String text, List<Token> tokens, Phrase p, Draft d, Anchors anchors) {
    Phrase t = p.withoutNationality(tokens);
    Token first = tokens.get(t.from());
    Token last = tokens.get(t.to() - 1);
    d.addActor(
        new Actor(t.text(text, tokens), anchors.entity(first.start(), last.end()), "target"));
  }

  private static final Set<String> LIST_JOINERS = Set.of(",", ";", "--", "and", "or", ":");

  /**
   * The targets listed after a target ("attacked the presidential residence, the sheraton hotel's
   * security corps, a minister's residence, and the central electoral council"; "burned three
   * vehicles -- an ambulance, a fuel truck ..., and a station wagon"): each noun phrase joined by
   * commas, "and", "as well as" or a dash whose head is a target noun is a target too; one
   * non-target phrase may sit in the list. Returns the token after the list.
   */
  static int coordinatedTargets(
      String text, List<Token> tokens, Phrase p, Draft d, Anchors anchors) {
    int sentence = tokens.get(p.from()).sentence();
    int k = p.to();
    int end = k;
    int skipped = 0;
    if (k + 1 < tokens.size()
        && tokens.get(k).pos().equals("IN")
        && tokens.get(k).sentence() == sentence) {
      // "burned three vehicles on the pan-american highway -- an ambulance, ...": a place
      // phrase between the target and the dash that opens its list
      Phrase place = Phrase.rightOf(tokens, k + 1, Math.min(tokens.size(), k + 8));
      if (place != null
          && place.to() < tokens.size()
          && tokens.get(place.to()).sentence() == sentence
          && Set.of("--", ":").contains(tokens.get(place.to()).word())) {
        k = place.to();
      }
    }
    for (int n = 0; n < 8; n++) {
      int j = k;
      while (j < tokens.size()
          && tokens.get(j).sentence() == sentence
          && (LIST_JOINERS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
              || tokens.get(j).word().equalsIgnoreCase("as")
                  && j + 2 < tokens.size()
                  && tokens.get(j + 1).word().equalsIgnoreCase("well")
                  && tokens.get(j + 2).word().equalsIgnoreCase("as")
              || tokens.get(j).word().equalsIgnoreCase("well")
              || tokens.get(j).word().equalsIgnoreCase("to")
                  && j > k
                  && tokens.get(j - 1).word().equalsIgnoreCase("and"))) {
        j++;
      }
      if (j == k || j >= tokens.size() || tokens.get(j).sentence() != sentence) {
        break;
      }
      int limit = j;
      while (limit < tokens.size() && tokens.get(limit).sentence() == sentence) {
        limit++;
      }
      Phrase q = Phrase.rightOf(tokens, j, limit);
      if (q == null || q.from() > j + 2) {
        break;
      }
      Phrase c = q.clean(tokens, false);
      if (RoleLexicon.TARGETS.contains(c.headLemma(tokens)) && !armed(tokens, c)) {
        c = ofOwner(tokens, c, limit);
        addTarget(text, tokens, c, d, anchors);
        k = c.to();
        end = k;
      } else if (skipped++ == 0) {
        k = q.to();
      } else {
        break;
      }
    }
    return end;
  }

  // Heads that MUC-4 annotators mark with their owner: "the offices of the local development
  // corporation", "a branch of the electric energy enterprise" (MUC-4 task definition, fill rules
  // for PHYS TGT: the most complete noun phrase naming the target).
  private static final Set<String> OWNED =
      Set.of("office", "branch", "headquarters", "residence", "home", "house", "premises", "seat");

  /**
   * A target headed by an owned place ("offices", "branch", "residence") extended with its owner,
   * "of" and the noun phrase after it, unless the owner is a place name; else the phrase as is.
   */
  static Phrase ofOwner(List<Token> tokens, Phrase p, int limit) {
    int k = p.to();
    limit = Math.min(limit, tokens.size());
    if (!OWNED.contains(p.headLemma(tokens))
        || k + 1 >= limit
        || !tokens.get(k).word().equalsIgnoreCase("of")
        || tokens.get(p.to() - 1).sentence() != tokens.get(k + 1).sentence()) {
      return p;
    }
    Phrase owner = Phrase.rightOf(tokens, k + 1, limit);
    if (owner == null || owner.from() > k + 3) {
      return p;
    }
    for (int j = owner.from(); j < owner.to(); j++) {
      if (tokens.get(j).ner().equals("LOCATION")) {
        return p;
      }
    }
    return new Phrase(p.from(), owner.to());
  }

  private static boolean armed(List<Token> tokens, Phrase p) {
    for (int k = p.from(); k < p.to(); k++) {
      if (RoleLexicon.ARMED.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NAME_JOINERS = Set.of("de", "del", "y", "la", "van", "von");

  /**
   * Named victims of a violent sentence: person names (a PERSON tag or a given name, with the name
   * words after it) that are not the subject of an active violent verb.
   */
  static void victims(
      String text,
      List<Token> tokens,
      Sentence s,
      Draft d,
      Anchors anchors,
      List<Integer> triggers) {
    victims(text, tokens, s, d, anchors, triggers, 12);
  }

  /** Names within {@code window} tokens of a trigger are victims. */
  static void victims(
      String text,
      List<Token> tokens,
      Sentence s,
      Draft d,
      Anchors anchors,
      List<Integer> triggers,
      int window) {
    for (int k = s.tokenFrom(); k < s.tokenTo(); k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!(personStart(tokens, k) || conjunctName(tokens, s, k))
          || !(t.posStartsWith("NN") || t.posStartsWith("JJ") || t.pos().equals("FW"))) {
        continue;
      }
      int e = k + 1;
      while (e < s.tokenTo() && e - k < 5) {
        Token n = tokens.get(e);
        String nw = n.word().toLowerCase(Locale.ROOT);
        boolean nameWord =
            !Set.of("DATE", "TIME", "DURATION").contains(n.ner())
                && (n.posStartsWith("NN") || n.pos().equals("FW") || n.posStartsWith("JJ"))
                && !lexical(nw)
                && nw.chars().allMatch(Character::isLetter);
        boolean joiner = NAME_JOINERS.contains(nw) && e + 1 < s.tokenTo();
        if (!nameWord && !joiner) {
          break;
        }
        e++;
      }
      while (e > k + 1
          && NAME_JOINERS.contains(tokens.get(e - 1).word().toLowerCase(Locale.ROOT))) {
        e--;
      }
      if (!victimName(tokens, s, k, e, triggers, anchors, window)) {
        k = e - 1;
        continue;
      }
      String name = text.substring(t.start(), tokens.get(e - 1).end());
      if (d.actors.values().stream()
          .anyMatch(a -> a.role().equals("perpetrator") && a.name().equalsIgnoreCase(name))) {
        k = e - 1;
        continue; // "ordered by jorge ramirez": the agent is no victim
      }
      d.addActor(new Actor(name, anchors.entity(t.start(), tokens.get(e - 1).end()), "victim"));
      k = e - 1;
    }
  }

  private static boolean personStart(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.ner().equals("PERSON")
        || RoleLexicon.GIVEN_NAMES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * A word that can belong to a lower-cased name: a noun, adjective or foreign word, no lexicon.
   */
  private static boolean bareNameWord(Token n) {
    String nw = n.word().toLowerCase(Locale.ROOT);
    return !Set.of("DATE", "TIME", "DURATION", "LOCATION", "ORGANIZATION").contains(n.ner())
        && (n.pos().equals("NN") || n.pos().equals("NNP") || n.pos().equals("FW"))
        && !lexical(nw)
        && !RoleLexicon.HEDGES.contains(nw)
        && nw.length() > 2
        && nw.chars().allMatch(Character::isLetter);
  }

  /**
   * A name the lexicon does not know, coordinated with one it does: in "erika sullivan and
   * christopher anderson" or "patricia and dina echavarria" both conjuncts are people, as a
   * coordination joins like with like. The unknown conjunct is one or two bare name words (three
   * with a surname pair) directly before "and" + a known name, or directly after a known name +
   * "and".
   */
  static boolean conjunctName(List<Token> tokens, Sentence s, int k) {
    if (!bareNameWord(tokens.get(k))) {
      return false;
    }
    if (k > s.tokenFrom() && bareNameWord(tokens.get(k - 1))) {
      return false; // not the first word of the run
    }
    int e = k;
    while (e < s.tokenTo() && e - k < 3 && bareNameWord(tokens.get(e))) {
      e++;
    }
    if (e + 1 < s.tokenTo()
        && tokens.get(e).word().equalsIgnoreCase("and")
        && personStart(tokens, e + 1)) {
      return true; // "erika sullivan and christopher anderson"
    }
    if (k - 2 < s.tokenFrom() || !tokens.get(k - 1).word().equalsIgnoreCase("and")) {
      return false;
    }
    // "patricia and dina echavarria", "hugo martinez and raul ramirez": a known name run before
    int b = k - 2;
    int steps = 0;
    while (b > s.tokenFrom() && steps < 3 && !personStart(tokens, b)) {
      if (!bareNameWord(tokens.get(b))) {
        return false;
      }
      b--;
      steps++;
    }
    return personStart(tokens, b)
        && (tokens.get(b).posStartsWith("NN") || tokens.get(b).pos().equals("FW"));
  }

  private static boolean lexical(String w) {
    return RoleLexicon.TITLES.contains(w)
        || RoleLexicon.TARGETS.contains(w)
        || RoleLexicon.PEOPLE.contains(w)
        || RoleLexicon.PERPETRATORS.contains(w)
        || RoleLexicon.WEAPONS.contains(w)
        || RoleLexicon.SHORT_COMMON_NOUNS.contains(w)
        || Cue.of(w).isPresent();
  }

  /**
   * Heads of organisations, units, places and buildings named after a person ("the manuel rodriguez
   * patriotic front", "the nelson mandela cell", "juan pablo ii boulevard"): the name before them
   * is no victim.
   */
  private static final Set<String> NAMED_AFTER =
      Set.of(
          "front",
          "movement",
          "cell",
          "command",
          "commando",
          "battalion",
          "brigade",
          "group",
          "boulevard",
          "jail",
          "prison",
          "school",
          "hospital",
          "university",
          "corregimiento",
          "foundation",
          "institute",
          "airport",
          "square",
          "park",
          "highway",
          "bridge",
          "farm",
          "ii",
          "iii");

  private static final Set<String> PLACE_WORDS =
      Set.of(
          "san",
          "santa",
          "santo",
          "el",
          "la",
          "los",
          "las",
          "department",
          "volcano",
          "city",
          "jurisdiction",
          "neighborhood",
          "province",
          "municipality",
          "river",
          "street",
          "avenue",
          "district",
          "canton",
          "hill",
          "island");

  /**
   * Whether the name at [{@code k}, {@code e}) is a victim: two words at least unless tagged
   * PERSON, no place word around it, within twelve tokens of a violent trigger, and not the subject
   * of an active verb (speakers and perpetrators are).
   */
  private static boolean victimName(
      List<Token> tokens,
      Sentence s,
      int k,
      int e,
      List<Integer> triggers,
      Anchors anchors,
      int window) {
    if (e - k < 2 && !tokens.get(k).ner().equals("PERSON")) {
      return false;
    }
    String before = k > s.tokenFrom() ? tokens.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
    String after = e < s.tokenTo() ? tokens.get(e).word().toLowerCase(Locale.ROOT) : "";
    if (PLACE_WORDS.contains(before)
        || PLACE_WORDS.contains(after)
        || NAMED_AFTER.contains(after)) {
      return false;
    }
    for (int j = k; j < e; j++) {
      String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (PLACE_WORDS.contains(w) || NAMED_AFTER.contains(w)) {
        return false; // "san martin department", "usulutan jail"
      }
    }
    for (int j = k; j < e; j++) {
      if (tokens.get(j).ner().equals("LOCATION")) {
        return false;
      }
    }
    if (!anchors.placesIn(tokens.get(k).start(), tokens.get(e - 1).end()).isEmpty()) {
      return false;
    }
    if (activeSubjectAt(tokens, s, e)) {
      return false;
    }
    if (ownsTarget(tokens, s, k, e)) {
      return false;
    }
    for (int tr : triggers) {
      if (tr >= k - window && tr < e + window || passiveSubject(tokens, e, tr)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name ending at {@code e} is the subject of an active verb, adverbs skipped
   * ("ricardo valdivieso also declared"), or the first conjunct of such a subject ("ricardo
   * valdivieso and francisco merino also declared"): speakers and agents are no victims.
   */
  static boolean activeSubjectAt(List<Token> tokens, Sentence s, int e) {
    int n = e;
    if (n < s.tokenTo() && tokens.get(n).word().equalsIgnoreCase("and")) {
      int m = n + 1;
      while (m < s.tokenTo()
          && m - n <= 6
          && !tokens.get(m).posStartsWith("VB")
          && !tokens.get(m).posStartsWith("RB")) {
        Token t = tokens.get(m);
        if (!(t.posStartsWith("NN")
            || t.posStartsWith("JJ")
            || t.pos().equals("FW")
            || t.pos().equals("HYPH")
            || t.word().equals("-"))) {
          return false;
        }
        m++;
      }
      if (m == n + 1) {
        return false;
      }
      n = m;
    } else if (n < s.tokenTo() && tokens.get(n).pos().equals(",")) {
      // an apposition: "ricardo valdivieso, president of the legislative assembly, said"
      int m = n + 1;
      while (m < s.tokenTo() && m - n <= 12 && !tokens.get(m).pos().equals(",")) {
        Token t = tokens.get(m);
        if (t.posStartsWith("VB") && !t.pos().equals("VBN") || t.pos().startsWith("W")) {
          return false;
        }
        m++;
      }
      if (m >= s.tokenTo() || !tokens.get(m).pos().equals(",") || m == n + 1) {
        return false;
      }
      n = m + 1;
    }
    while (n < s.tokenTo() && tokens.get(n).posStartsWith("RB")) {
      n++;
    }
    if (n >= s.tokenTo()) {
      return false;
    }
    Token v = tokens.get(n);
    String l = v.lemma().toLowerCase(Locale.ROOT);
    return v.posStartsWith("VB") && !v.pos().equals("VBN") && !l.equals("be") && !l.equals("have");
  }

  /**
   * Whether the name [{@code k}, {@code e}) owns a physical target ("president alfredo cristiani's
   * mansion", "the residence of colonel carranza", a title skipped): the owner of damaged property
   * is not thereby a person harmed (MUC-4 HUM TGT; ACLED's victims are people attacked).
   */
  static boolean ownsTarget(List<Token> tokens, Sentence s, int k, int e) {
    if (e + 1 < s.tokenTo() && tokens.get(e).pos().equals("POS")) {
      for (int j = e + 1; j < Math.min(s.tokenTo(), e + 4); j++) {
        Token t = tokens.get(j);
        if (!(t.posStartsWith("NN") || t.posStartsWith("JJ"))) {
          break;
        }
        if (t.posStartsWith("NN")
            && RoleLexicon.TARGETS.contains(t.lemma().toLowerCase(Locale.ROOT))
            && (j + 1 >= s.tokenTo() || !tokens.get(j + 1).posStartsWith("NN"))) {
          return true;
        }
      }
    }
    int b = k - 1;
    if (b > s.tokenFrom()
        && RoleLexicon.TITLES.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
      b--; // one title: "the residence of colonel carranza", not "court of justice president x"
    }
    if (b > s.tokenFrom() && tokens.get(b).word().equalsIgnoreCase("of")) {
      Token owned = tokens.get(b - 1);
      return owned.posStartsWith("NN")
          && RoleLexicon.TARGETS.contains(owned.lemma().toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** {@link #leftOfPassiveAuxiliaries}: no form of "be" among the auxiliaries. */
  private static final int NO_PASSIVE = Integer.MIN_VALUE;

  /**
   * The index left of the auxiliaries and adverbs before the participle at {@code verb} ("have also
   * been", "were"), scanning no further left than {@code floor} (then {@code floor - 1}); {@link
   * #NO_PASSIVE} when none of them is a form of "be".
   */
  private static int leftOfPassiveAuxiliaries(List<Token> tokens, int verb, int floor) {
    int a = verb - 1;
    boolean be = false;
    while (a >= floor) {
      Token t = tokens.get(a);
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (l.equals("be")) {
        be = true;
      } else if (!l.equals("have") && !t.posStartsWith("RB")) {
        break;
      }
      a--;
    }
    return be ? a : NO_PASSIVE;
  }

  /**
   * Whether the name ending at {@code e} opens the subject of the passive trigger {@code tr},
   * however long the apposition between them: in "maria elena diaz perez, third judge of public
   * order, and two of her bodyguards ... were assassinated" the subject of a passive violent verb
   * is its patient (the grammatical subject of a passive clause is the logical object). The stretch
   * between may hold no finite verb or relative pronoun of its own, so the name is the subject of
   * that very clause.
   */
  static boolean passiveSubject(List<Token> tokens, int e, int tr) {
    if (tr <= e || tr - e > 30 || !tokens.get(tr).pos().equals("VBN")) {
      return false;
    }
    int a = leftOfPassiveAuxiliaries(tokens, tr, e);
    if (a == NO_PASSIVE) {
      return false;
    }
    for (int j = e; j <= a; j++) {
      Token t = tokens.get(j);
      String pos = t.pos();
      if (pos.startsWith("W") && j > e && tokens.get(j - 1).pos().equals(",")) {
        // a non-restrictive relative clause set off by commas has its own verb: "dagoberto
        // rodriguez and alfonso de lima, who were inside the car, were killed"
        int close = j + 1;
        while (close <= a && !tokens.get(close).pos().equals(",")) {
          close++;
        }
        if (close <= a) {
          j = close;
          continue;
        }
        return false;
      }
      if (pos.equals("VBD")
          || pos.equals("VBZ")
          || pos.equals("VBP")
          || pos.equals("MD")
          || pos.startsWith("W")
          || pos.equals(":")
          || t.word().equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SPEECH =
      Set.of(
          "say",
          "report",
          "tell",
          "deny",
          "announce",
          "state",
          "add",
          "confirm",
          "indicate",
          "note",
          "explain",
          "declare",
          "claim",
          "ask",
          "urge",
          "condemn",
          "believe",
          "think",
          "know",
          "learn",
          "hope",
          "warn",
          "accuse",
          "charge",
          "reject",
          "demand",
          "call",
          // more verbs of reporting (Quirk et al. 1985, reporting verbs) and of undergoing
          "advise",
          "disclose",
          "inform",
          "reveal",
          "admit",
          "stress",
          "emphasize",
          "recall",
          "insist",
          "maintain",
          "describe",
          "suffer",
          "sustain");
  // Verbs of the response to an attack: their subjects (police, troops, rescuers) act against
  // the attackers or help the victims, they are not the perpetrators.
  private static final Set<String> RESPONSE =
      Set.of(
          "arrest",
          "detain",
          "capture",
          "repel",
          "repulse",
          "pursue",
          "chase",
          "investigate",
          "search",
          "find",
          "discover",
          "rescue",
          "defuse",
          "deactivate",
          "dismantle",
          "seize",
          "confiscate",
          "identify",
          "cordon",
          "evacuate",
          "help",
          "treat");
  private static final Set<String> BLAME =
      Set.of("blame", "hold", "accuse", "attribute", "charge", "implicate");

  /**
   * Perpetrators of a violent sentence beyond the trigger's own subject: agents after "by",
   * subjects of active verbs other than speech verbs, and the objects of blame ("blamed the X",
   * "attributed to X"), when the phrase names an armed actor or an organisation.
   */
  static void perpetrators(
      String text,
      List<Token> tokens,
      Sentence s,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms) {
    for (int k = s.tokenFrom(); k < s.tokenTo() - 1; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      String l = t.lemma().toLowerCase(Locale.ROOT);
      Phrase p = null;
      boolean namesAllowed = false;
      boolean accused = false;
      if (SUSPICION.contains(l) && t.pos().equals("VBN") && suspectedOf(tokens, s, k)) {
        // "X could be implicated in the crime", "three persons suspected of participating in the
        // attack", "X was accused of ordering the murder": the subject of a passive accusation,
        // or the noun a reduced relative modifies, is the accused (MUC-4 fills PerpInd/PerpOrg
        // with suspects and accused, task definition: MUC-4 "perpetrator" slots include alleged
        // perpetrators).
        p = subject(tokens, s, k);
        namesAllowed = true;
        accused = true;
      } else if (w.equals("by") && !byReporter(tokens, s, k)) {
        p = Phrase.rightOf(tokens, k + 1, s.tokenTo());
        p = p == null ? null : ofArmedName(tokens, s, p);
        namesAllowed = true; // "killed by", "ordered by fidel castano"
        // "machinegunned by men wearing military uniforms": the agent of the violent act is its
        // perpetrator even when only a bare people noun names it
        accused = p != null && PEOPLE.contains(p.clean(tokens).headWord(tokens));
      } else if (w.equals("by")) {
        continue;
      } else if (BLAME.contains(l) && t.posStartsWith("VB")) {
        // "blamed X", "held X responsible", "attributed the attacks to X"
        int from = k + 1;
        if (l.equals("attribute")) {
          while (from < s.tokenTo() && !tokens.get(from).word().equalsIgnoreCase("to")) {
            from++;
          }
          from++;
        } else if (t.pos().equals("VBN")) {
          from = blamedOn(tokens, s, k);
        }
        p = from < s.tokenTo() ? Phrase.rightOf(tokens, from, s.tokenTo()) : null;
      } else if (w.equals("responsible")
          && k > s.tokenFrom()
          && tokens.get(k - 1).lemma().equals("be")) {
        p = subject(tokens, s, k - 1); // "the fmln is responsible for"
        namesAllowed = true;
        accused = true;
      } else if (t.posStartsWith("VB")
          && (!t.pos().equals("VBN") || PERPETRATE.contains(l) && perfect(tokens, s, k))
          && !t.pos().equals("VBG")
          && (!SPEECH.contains(l) || claimsResponsibility(tokens, s, k))
          && !RESPONSE.contains(l)
          && !l.equals("be")
          && !auxiliary(tokens, s, k)
          && !casualtyCount(tokens, s, k)
          && !RoleLexicon.MOTION.contains(l)) {
        p = subject(tokens, s, k);
        namesAllowed = ORDER.contains(l);
      }
      if (p == null) {
        continue;
      }
      // "ordered by fidel castano and henry perez": each conjunct of an agent is one.
      for (int n = 0; p != null && n < 4; n++) {
        Phrase clean = p.clean(tokens);
        if (perpetratorLike(tokens, clean, acronyms) || accused && namesArmedActor(tokens, clean)) {
          actor(text, tokens, p, "perpetrator", d, anchors, acronyms, accused);
          ofAcronym(text, tokens, clean, d, anchors, acronyms);
        } else if (namesAllowed) {
          Phrase name = personName(tokens, clean);
          if (name != null) {
            actor(text, tokens, name, "perpetrator", d, anchors, acronyms);
          }
        }
        p = w.equals("by") ? conjunct(tokens, s, p) : null;
      }
    }
  }

  // Verbs by which an organisation reports its own members' acts ("the fmln reports that urban
  // commando units staged attacks").
  private static final Set<String> REPORTING =
      Set.of("report", "announce", "state", "say", "confirm", "disclose");

  // Heads naming an armed organisation's members or units, not the organisation itself.
  private static final Set<String> MEMBERS =
      Set.of(
          "guerrillas",
          "rebels",
          "commandos",
          "unit",
          "units",
          "column",
          "columns",
          "cell",
          "cells",
          "combatants",
          "fighters");

  /**
   * An organisation named by its acronym that reports, as the subject of the sentence's reporting
   * verb, an act of its members or units ("the farabundo marti national liberation front (fmln)
   * reports that urban commando units staged simultaneous attacks") is the act's perpetrator too:
   * MUC-4 fills PerpOrg with the organisation behind the individual perpetrators (MUC-4 task
   * definition, PerpInd and PerpOrg). Only when the event names members or units and no
   * organisation yet.
   */
  static void reportingOrganisation(
      List<Token> tokens, Sentence s, Draft d, Anchors anchors, Map<String, String> acronyms) {
    boolean members = false;
    for (Actor a : d.actors.values()) {
      if (!a.role().equals("perpetrator")) {
        continue;
      }
      String name = a.name().toLowerCase(Locale.ROOT);
      if (acronyms.containsValue(name)) {
        return;
      }
      members |= MEMBERS.contains(name.substring(name.lastIndexOf(' ') + 1));
    }
    if (!members) {
      return;
    }
    for (int k = s.tokenFrom() + 1; k < s.tokenTo() - 1; k++) {
      Token t = tokens.get(k);
      if (!t.posStartsWith("VB")) {
        continue;
      }
      if (!REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))
          || !tokens.get(k + 1).word().equalsIgnoreCase("that")) {
        return; // only the sentence's first verb, reporting with a "that" clause
      }
      Phrase p = subject(tokens, s, k);
      if (p == null) {
        return;
      }
      for (int j = p.from(); j < p.to(); j++) {
        Token w = tokens.get(j);
        String word = w.word().toLowerCase(Locale.ROOT);
        if (acronyms.containsValue(word)) {
          d.addActor(new Actor(word, anchors.entity(w.start(), w.end()), "perpetrator"));
          return;
        }
      }
      return;
    }
  }

  // Bare people nouns that name unidentified agents ("by men", "by two individuals").
  private static final Set<String> PEOPLE =
      Set.of("men", "man", "women", "woman", "individuals", "individual", "persons", "person");

  // Participles of suspicion whose passive subject is the accused ("implicated in", "suspected
  // of", "accused of", "charged with").
  private static final Set<String> SUSPICION = Set.of("implicate", "suspect", "accuse", "charge");

  /** Whether the participle at {@code k} goes on to the act ("suspected of", "implicated in"). */
  static boolean suspectedOf(List<Token> tokens, Sentence s, int k) {
    if (k + 1 >= s.tokenTo() || k == s.tokenFrom()) {
      return false;
    }
    String next = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
    return next.equals("of") || next.equals("in") || next.equals("with");
  }

  /**
   * Whether a phrase named in a frame of responsibility or suspicion names an armed actor or people
   * by any of its words ("armed forces elements are responsible for the killing", "three persons
   * suspected of"): the frame itself says they acted, so a weak or unlisted head is enough when one
   * word is an armed actor's or people's noun.
   */
  static boolean namesArmedActor(List<Token> tokens, Phrase p) {
    for (int k = p.from(); k < p.to(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (RoleLexicon.PERPETRATORS.contains(w) || WEAK_PERPETRATORS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code k} is an auxiliary ("have", "do") before the clause's main verb
   * ("policemen have been killed", "the armed forces have everything under control" is a main
   * verb): the main verb, not the auxiliary, decides whose act the clause reports.
   */
  static boolean auxiliary(List<Token> tokens, Sentence s, int k) {
    String l = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
    if (!l.equals("have") && !l.equals("do")) {
      return false;
    }
    int n = k + 1;
    while (n < s.tokenTo()
        && (tokens.get(n).posStartsWith("RB") || tokens.get(n).pos().equals("MD"))) {
      n++;
    }
    return n < s.tokenTo() && tokens.get(n).posStartsWith("VB");
  }

  /**
   * Whether the participle at {@code k} is an active perfect ("the farc have carried out attacks"):
   * "have" before it, adverbs skipped, and no "been" (a passive).
   */
  static boolean perfect(List<Token> tokens, Sentence s, int k) {
    int b = k - 1;
    while (b > s.tokenFrom() && tokens.get(b).posStartsWith("RB")) {
      b--;
    }
    return b >= s.tokenFrom() && tokens.get(b).lemma().equalsIgnoreCase("have");
  }

  // Acts of speech and of politics whose agent "by X" reports or proposes, not acts of violence.
  private static final Set<String> SPEECH_ACTS =
      Set.of(
          "report",
          "statement",
          "declaration",
          "announcement",
          "communique",
          "broadcast",
          "visit",
          "proposal",
          "message",
          "letter",
          "interview",
          "speech",
          "appeal",
          "request");

  /**
   * Whether the "by" at {@code k} introduces the agent of an act of speech ("this was reported by
   * general alfredo nunez allende", "a sworn declaration by president duarte", "the dialogue
   * proposal made by the guerrillas"): a speaker or proponent, not a perpetrator.
   */
  static boolean byReporter(List<Token> tokens, Sentence s, int k) {
    int b = k - 1;
    if (b > s.tokenFrom()
        && Set.of("make", "issue", "send", "release", "sign", "give")
            .contains(tokens.get(b).lemma().toLowerCase(Locale.ROOT))) {
      b--;
    }
    if (b < s.tokenFrom()) {
      return false;
    }
    String l = tokens.get(b).lemma().toLowerCase(Locale.ROOT);
    return SPEECH_ACTS.contains(l) || tokens.get(b).posStartsWith("VB") && SPEECH.contains(l);
  }

  /**
   * The token after "on" in a passive blame ("the attack has been blamed on colombian guerrillas",
   * also past an aside: "has been blamed, according to some reports, on colombian guerrillas"): the
   * accused is the noun phrase after "on". The token after the participle when no "on" follows.
   */
  static int blamedOn(List<Token> tokens, Sentence s, int k) {
    int j = k + 1;
    if (j < s.tokenTo() && tokens.get(j).pos().equals(",")) {
      int close = j + 1;
      while (close < s.tokenTo() && close - j <= 8 && !tokens.get(close).pos().equals(",")) {
        close++;
      }
      if (close < s.tokenTo() && tokens.get(close).pos().equals(",")) {
        j = close + 1;
      }
    }
    return j < s.tokenTo() && tokens.get(j).word().equalsIgnoreCase("on") ? j + 1 : k + 1;
  }

  /**
   * An agent whose name goes on past "of" to an armed group's noun ("kidnapped by colombian army of
   * national liberation guerrillas"): the phrase through that noun, since the chunker stops at
   * "of"; else the phrase as is.
   */
  static Phrase ofArmedName(List<Token> tokens, Sentence s, Phrase p) {
    int of = p.to();
    if (of + 1 >= s.tokenTo()
        || !tokens.get(of).word().equalsIgnoreCase("of")
        || COLLECTIVES.contains(p.headWord(tokens))
        || !RoleLexicon.PERPETRATORS.contains(p.headWord(tokens))
            && !WEAK_PERPETRATORS.contains(p.headWord(tokens))) {
      return p;
    }
    Phrase q = Phrase.rightOf(tokens, of + 1, s.tokenTo());
    if (q == null
        || q.from() != of + 1
        || !RoleLexicon.PERPETRATORS.contains(q.headWord(tokens))
        || WEAK_PERPETRATORS.contains(q.headWord(tokens))) {
      return p;
    }
    return new Phrase(p.from(), q.to());
  }

  /** The noun phrase coordinated after {@code p} ("X and Y", "X, Y", "X or Y"), or null. */
  static Phrase conjunct(List<Token> tokens, Sentence s, Phrase p) {
    int k = p.to();
    if (k + 1 >= s.tokenTo()) {
      return null;
    }
    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
    if (!w.equals("and") && !w.equals(",") && !w.equals("or")) {
      return null; // "or": alternatives named as suspects are each a suspect
    }
    k++;
    if (k < s.tokenTo()
        && (tokens.get(k).word().equalsIgnoreCase("and")
            || tokens.get(k).word().equalsIgnoreCase("or"))) {
      k++; // "X, Y, and Z"
    }
    return k < s.tokenTo() && tokens.get(k).posStartsWith("NN")
            || k < s.tokenTo() && tokens.get(k).pos().equals("DT")
        ? Phrase.rightOf(tokens, k, s.tokenTo())
        : null;
  }

  // Verbs whose subject commands an act of violence ("escobar ordered the assassination").
  private static final Set<String> ORDER = Set.of("order", "command", "direct", "mastermind");

  /** "guerrillas of the eln": the organisation after a perpetrator phrase is one too. */
  private static void ofAcronym(
      String text,
      List<Token> tokens,
      Phrase p,
      Draft d,
      Anchors anchors,
      Map<String, String> acronyms) {
    int k = p.to();
    // past a collective's members ("a group of terrorists from the ..."): at most one "of X"
    if (k + 2 < tokens.size()
        && tokens.get(k).word().equalsIgnoreCase("of")
        && tokens.get(k + 1).posStartsWith("NN")
        && tokens.get(k + 2).word().equalsIgnoreCase("from")) {
      k += 2;
    }
    if (k < tokens.size()
        && (tokens.get(k).word().equalsIgnoreCase("of")
            || tokens.get(k).word().equalsIgnoreCase("from"))) {
      k++;
      if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
        k++;
      }
      if (k < tokens.size()) {
        Token t = tokens.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (acronyms.containsValue(w)) {
          d.addActor(new Actor(w, anchors.entity(t.start(), t.end()), "perpetrator"));
        } else {
          // "terrorists from the zarate wilka armed forces of liberation (fal)": the long form
          for (Map.Entry<String, String> e : acronyms.entrySet()) {
            if (e.getKey().equals(e.getValue())) {
              continue;
            }
            // the long form may start a few name words in ("zarate wilka armed forces of ...")
            int at = text.toLowerCase(Locale.ROOT).indexOf(e.getKey(), t.start());
            if (at < 0
                || at - t.start() > 40
                || !text.substring(t.start(), at).matches("[\\p{L} ]*")) {
              continue;
            }
            d.addActor(
                new Actor(
                    e.getValue(), anchors.entity(at, at + e.getKey().length()), "perpetrator"));
            break;
          }
        }
      }
    }
  }

  /**
   * "X claimed responsibility for": the claimant is a perpetrator (MUC-4 PerpOrg). So is "X denied
   * (any) responsibility for" (round 8): a group that has to deny an act is its suspect, and
   * MUC-4's perpetrator slots hold suspects and accused whether or not they admit the act.
   */
  private static boolean claimsResponsibility(List<Token> tokens, Sentence s, int k) {
    if (tokens.get(k).lemma().equalsIgnoreCase("claim")
        && k + 1 < s.tokenTo()
        && tokens.get(k + 1).word().equalsIgnoreCase("responsibility")) {
      return true;
    }
    if (!tokens.get(k).lemma().equalsIgnoreCase("deny")) {
      return false;
    }
    for (int j = k + 1; j < s.tokenTo() && j <= k + 15; j++) {
      if (tokens.get(j).word().equalsIgnoreCase("responsibility")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WEAK_PERPETRATORS =
      Set.of(
          "men",
          "man",
          "persons",
          "individuals",
          "group",
          "unit",
          "units",
          "cell",
          "cells",
          "column",
          "columns",
          "front",
          "movement",
          "force",
          "forces",
          "band",
          "bands",
          "police",
          "officers",
          "military",
          "army",
          "aircraft",
          "planes",
          "helicopters",
          "drones",
          "fighters",
          "troops",
          "soldiers");

  private static boolean perpetratorLike(
      List<Token> tokens, Phrase p, Map<String, String> acronyms) {
    String head = p.headWord(tokens);
    if (acronyms.containsValue(head)) {
      return true;
    }
    if (p.to() - p.from() > 1 && WEAK_PERPETRATORS.contains(head)) {
      // "armed forces", "urban commando units": a weak head with a qualifier is fine.
      return true;
    }
    return RoleLexicon.PERPETRATORS.contains(head) && !WEAK_PERPETRATORS.contains(head);
  }
}
