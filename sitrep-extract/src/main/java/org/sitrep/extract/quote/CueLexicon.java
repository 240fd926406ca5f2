package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.core.nlp.Token;

/**
 * Attribution cues: reporting and belief verbs, after the cue classes of Pareti's PARC attribution
 * scheme (Pareti 2016, "PARC 3.0: A Corpus of Attribution Relations", LREC; speech, belief,
 * intention and perception verbs) and the reporting-verb lists of Krestel, Bergler and Witte (2008,
 * "Minding the Source: Automatic Tagging of Reported Speech in Newspaper Articles", LREC).
 */
final class CueLexicon {
  private CueLexicon() {}

  /** Verbs that report speech or a position whenever they are used as verbs. */
  static final Set<String> SPEECH =
      Set.copyOf(
          List.of(
              "say",
              "tell",
              "add",
              "state",
              "declare",
              "announce",
              "explain",
              "note",
              "remark",
              "comment",
              "write",
              "tweet",
              "reply",
              "respond",
              "answer",
              "ask",
              "insist",
              "argue",
              "claim",
              "contend",
              "maintain",
              "assert",
              "allege",
              "warn",
              "caution",
              "predict",
              "promise",
              "pledge",
              "vow",
              "urge",
              "suggest",
              "acknowledge",
              "admit",
              "concede",
              "confirm",
              "deny",
              "reiterate",
              "recall",
              "recount",
              "complain",
              "accuse",
              "blame",
              "conclude",
              "emphasize",
              "emphasise",
              "stress",
              "testify",
              "counter",
              "quip",
              "joke",
              "boast",
              "brag",
              "lament",
              "agree",
              "disagree",
              "estimate",
              "indicate",
              "reveal",
              "disclose",
              "mention",
              "observe",
              "wonder",
              "demand",
              "propose",
              "recommend",
              "assure",
              "reassure",
              "inform",
              "speculate",
              "hint",
              "imply",
              "report",
              "contend",
              "posit",
              "retort",
              "scoff",
              "concur",
              "affirm",
              "proclaim",
              "exclaim",
              "muse",
              "opine",
              "acknowledge",
              "relate",
              "elaborate",
              "clarify",
              "specify",
              "decry",
              "criticize",
              "criticise",
              "charge",
              "predict",
              "forecast",
              "vouch",
              "guarantee",
              "caution",
              "question",
              "dismiss",
              "reject",
              "dispute",
              "rebut",
              "refute",
              "continue"));

  /** Belief and knowledge verbs (PARC's belief class). */
  static final Set<String> BELIEF =
      Set.copyOf(
          List.of(
              "believe",
              "think",
              "suspect",
              "doubt",
              "fear",
              "expect",
              "assume",
              "reckon",
              "presume",
              "suppose",
              "worry",
              "assess",
              "conclude",
              "estimate",
              "contend",
              "hope"));

  /**
   * Stance and intention verbs (PARC's intention class, and the evaluative verbs PolNeAR annotates
   * as cues: "endorsed X", "called for X", "wants to X").
   */
  static final Set<String> STANCE =
      Set.copyOf(
          List.of(
              "call",
              "order",
              "endorse",
              "want",
              "plan",
              "back",
              "oppose",
              "attack",
              "blast",
              "slam",
              "condemn",
              "praise",
              "seek",
              "support",
              "apologize",
              "apologise",
              "cheer",
              "assail",
              "denounce",
              "welcome",
              // Measured on the PolNeAR development split (share of unquoted uses annotated as
              // cues, above the 0.39 a cue needs): remind 0.79, repeat 0.82, thank 0.84, portray
              // 0.80, reference 0.76, voice 0.79, liken 0.78, credit 0.82, retweet 0.73,
              // congratulate 0.78, chant 0.83, recite 0.78, characterize 0.75, rebuke 0.67,
              // outline 0.67.
              "remind",
              "repeat",
              "thank",
              "portray",
              "reference",
              "voice",
              "liken",
              "credit",
              "retweet",
              "congratulate",
              "chant",
              "recite",
              "characterize",
              "characterise",
              "rebuke",
              "echo", // issue #3, sixth round: 28 of 48 dev uses annotated (0.58)
              "outline",
              "bemoan",
              "invoke",
              "request",
              "articulate",
              "applaud",
              "lambast",
              "mock",
              "ridicule",
              "tout",
              "hail",
              "pledge",
              "intend",
              "refuse",
              "decline",
              "push",
              "press",
              "advocate",
              "champion",
              "favor",
              "favour",
              "defend",
              "challenge",
              "show",
              "talk",
              "discuss",
              "highlight",
              "describe",
              "refer",
              "express",
              "cite",
              "deem",
              "view",
              "list",
              "prefer",
              "react",
              "persuade",
              "convince",
              "dub",
              "brand",
              "label",
              "quote"));

  /**
   * Verbs that are cues only with a following {@code that}-clause ("polls show that", "he felt
   * that"), since they are often used in other senses.
   */
  static final Set<String> WITH_THAT =
      Set.copyOf(
          List.of(
              "show",
              "find",
              "feel",
              "know",
              "see",
              "understand",
              "rule",
              "realize",
              "realise",
              "learn",
              "hear",
              "read",
              "signal",
              "point",
              "argue",
              "acknowledge",
              "recognize",
              "recognise",
              "consider",
              "decide",
              "determine",
              "prove",
              "demonstrate",
              "suggest",
              "mean",
              "believe",
              "insist",
              "contend",
              "maintain",
              "admit"));

  /**
   * Attribution nouns that take a {@code that}-clause as their content ("the claim that", "his view
   * that"): PARC 3.0's nominal cues (Pareti 2016, section 3) for speech, belief and intention.
   */
  static final Set<String> NOUN_THAT =
      Set.copyOf(
          List.of(
              "claim",
              "statement",
              "view",
              "belief",
              "argument",
              "assertion",
              "denial",
              "suggestion",
              "warning",
              "promise",
              "pledge",
              "vow",
              "assurance",
              "allegation",
              "accusation",
              "charge",
              "contention",
              "insistence",
              "notion",
              "assumption",
              "perception",
              "conviction",
              "fear",
              "hope",
              "concern",
              "doubt",
              "opinion",
              "assessment",
              "conclusion",
              "estimate",
              "prediction",
              "expectation",
              "announcement",
              "admission",
              "acknowledgment",
              "acknowledgement",
              "report",
              "rumor",
              "rumour",
              "speculation",
              "idea",
              "sense",
              "impression",
              "feeling",
              "theory",
              "message",
              "threat",
              "demand",
              "proposal",
              "recommendation",
              "complaint",
              "confidence",
              "consensus",
              "finding",
              "reminder",
              "observation",
              "explanation",
              "insinuation",
              "implication",
              "boast",
              "declaration"));

  /**
   * Stance nouns whose content is a prepositional complement ("criticism of X", "calls for X",
   * "support for X"): PARC 3.0's nominal cues of evaluation and intention (Pareti 2016).
   */
  static final Set<String> NOUN_OF =
      Set.copyOf(
          List.of(
              "criticism",
              "critique",
              "endorsement",
              "call",
              "praise",
              "condemnation",
              "denunciation",
              "demand",
              "plea",
              "appeal",
              "denial",
              "rejection",
              "defense",
              "defence",
              "approval",
              "disapproval",
              "suggestion",
              "description",
              "characterization",
              "portrayal",
              "mention",
              "discussion",
              "opinion",
              "view",
              "perception",
              "assessment",
              "warning",
              "promise",
              "pledge"));

  /**
   * Adjectives of belief and stance that take a {@code that}-clause ("confident that", "clear
   * that"): PARC 3.0's adjectival cues (Pareti 2016); the holder is the subject of the copula.
   */
  static final Set<String> ADJECTIVE_THAT =
      Set.of(
          "clear",
          "confident",
          "sure",
          "certain",
          "convinced",
          "aware",
          "worried",
          "concerned",
          "optimistic",
          "hopeful",
          "skeptical",
          "sceptical",
          "afraid",
          "adamant",
          "doubtful",
          "positive",
          "unaware",
          "unsure",
          "fearful",
          "insistent");

  /**
   * Verbs of belief, intention and position whose relation, nested in the content of an earlier
   * relation after its cue ("X said agents want to interview Y", "X noted that voters support Y"),
   * PolNeAR mostly leaves inside that content. Share of such nested system relations annotated on
   * the development split (issue #3, eighth round): want 0.16 (68), plan 0.20 (15), think 0.29
   * (34), favor 0.29 (14), hope 0.31 (13), show 0.34 (29), support 0.36 (39), oppose 0.36 (11),
   * believe 0.38 (32), seek 0.38 (16), back 0.38 (13), all belief verbs 0.33 (106); against 0.80
   * for speech verbs. Below about F1/2 a nested relation costs more than it finds.
   */
  static final Set<String> NESTED_MENTAL =
      Stream.concat(
              BELIEF.stream(),
              Stream.of(
                  "want", "plan", "intend", "support", "favor", "favour", "oppose", "back", "seek",
                  "show", "know", "feel"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Nouns of intention and stance whose content is an infinitive ("his promise to repeal X", "calls
   * to boycott X"); measured on the PolNeAR development split, share of unquoted uses annotated as
   * cues: promise 0.86, call 0.73, reference 0.67, pledge 0.62, opposition 0.52.
   */
  static final Set<String> NOUN_TO =
      Set.of("promise", "pledge", "call", "reference", "opposition", "plan", "vow", "threat");

  /**
   * Adjectives of stance whose content is an infinitive ("McConnell was quick to embrace X"): quick
   * 0.77, reluctant 0.71, eager 0.69, willing 0.55 on the development split.
   */
  static final Set<String> ADJECTIVE_TO = Set.of("quick", "eager", "willing", "reluctant");

  /** The prepositions that open a stance noun's complement. */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "for", "about", "on");

  /**
   * Whether {@code tokens[i]} is a noun cue: an attribution noun followed by a {@code that}-clause
   * with its own verb (not a relative clause: "the claim that was made"), or a stance noun followed
   * by its prepositional complement. Returns the index of the complement's first token, else -1.
   */
  static int nounCueComplement(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean adjective = t.posStartsWith("JJ") && ADJECTIVE_THAT.contains(word(t));
    boolean stanceAdjective = t.posStartsWith("JJ") && ADJECTIVE_OF.contains(word(t));
    if (i + 2 < tokens.size()
        && word(tokens.get(i + 1)).equals("about")
        && tokens.get(i + 2).sentence() == t.sentence()
        && aboutComplement(t, tokens.get(i + 2))) {
      return i + 2; // "questions about X", "upbeat about X"
    }
    if (i + 2 < tokens.size()
        && word(tokens.get(i + 1)).equals("to")
        && tokens.get(i + 2).sentence() == t.sentence()
        && tokens.get(i + 2).pos().equals("VB")
        && ((t.posStartsWith("NN") && !t.posStartsWith("NNP") && NOUN_TO.contains(lemma(t)))
            || (t.posStartsWith("JJ") && ADJECTIVE_TO.contains(word(t))))) {
      return i + 1; // "his promise to repeal X", "quick to embrace X": the content keeps "to"
    }
    if (!(adjective || stanceAdjective || t.posStartsWith("NN"))
        || t.posStartsWith("NNP")
        || i + 2 >= tokens.size()) {
      return -1;
    }
    String lemma = adjective ? word(t) : lemma(t);
    Token next = tokens.get(i + 1);
    Token after = tokens.get(i + 2);
    if (next.sentence() != t.sentence() || after.sentence() != t.sentence()) {
      return -1;
    }
    String w = word(next);
    if ((adjective || NOUN_THAT.contains(lemma))
        && w.equals("that")
        && !after.posStartsWith("VB")
        && !after.pos().equals("MD")
        && !after.posStartsWith("RB")
        && !after.pos().equals(",")
        && !after.pos().equals(".")) {
      return i + 1;
    }
    boolean adjectiveOf = t.posStartsWith("JJ") && ADJECTIVE_OF.contains(word(t)) && w.equals("of");
    if (((!adjective && NOUN_OF.contains(lemma) && NOUN_PREPOSITIONS.contains(w)) || adjectiveOf)
        && (after.posStartsWith("NN")
            || after.posStartsWith("DT")
            || after.posStartsWith("PRP")
            || after.posStartsWith("JJ")
            || after.pos().equals("CD")
            || after.pos().equals("VBG"))) {
      return i + 2;
    }
    return -1;
  }

  /**
   * Whether a common noun or an adjective and its {@code about}-complement starting at {@code
   * after} form a cue: PolNeAR annotates "questions about X", "concern about X", "upbeat about X"
   * as attributions about as often as not (measured on the development split: 0.49 of such nouns,
   * 0.53 of such adjectives, above the 0.39 a cue needs to pay for itself in F1; verbs outside the
   * lexicon with such a complement, "fretted about X", 0.56). A number after "about" is an
   * approximation ("a crowd of about 230"), not a complement.
   */
  private static boolean aboutComplement(Token head, Token after) {
    return aboutComplement(head, after, false);
  }

  private static boolean aboutComplement(Token head, Token after, boolean verb) {
    if (!verb
        && (!(head.posStartsWith("NN") || head.posStartsWith("JJ")) || head.posStartsWith("NNP"))) {
      return false;
    }
    String a = word(after);
    return (after.posStartsWith("NN")
            || after.posStartsWith("DT")
            || after.pos().equals("PRP")
            || after.pos().equals("PRP$")
            || after.pos().equals("VBG")
            || after.pos().startsWith("W"))
        && !after.pos().equals("CD")
        && !Set.of("half", "a", "an", "$").contains(a);
  }

  /** Verbs whose "about" is a particle or an approximation, not a topic ("brought about"). */
  private static final Set<String> NOT_ABOUT =
      Set.of("be", "bring", "come", "go", "set", "do", "have", "get", "move", "run", "turn");

  /** Verbs whose object is the audience, not the content ("told reporters that"). */
  static final Set<String> AUDIENCE =
      Set.copyOf(
          List.of(
              "tell", "inform", "assure", "reassure", "warn", "remind", "ask", "urge", "promise"));

  /** Nouns a figure cue takes ("put the number at"), a general class of amount nouns. */
  private static final Set<String> FIGURE_NOUNS =
      Set.copyOf(
          List.of(
              "number",
              "figure",
              "toll",
              "total",
              "count",
              "cost",
              "estimate",
              "tally",
              "death",
              "casualty",
              "loss",
              "losses",
              "size",
              "strength"));

  /**
   * Verbs that are cues only with a particular particle or preposition after them ("pointed to",
   * "railed against", "spoke about", "fired back"); each pair was kept only where more than 40 % of
   * its uses in the PolNeAR development split are annotated cues (see docs/quotes.md).
   */
  static final java.util.Map<String, Set<String>> WITH_PARTICLE =
      java.util.Map.ofEntries(
          java.util.Map.entry("point", Set.of("to")),
          java.util.Map.entry("rail", Set.of("against")),
          java.util.Map.entry("speak", Set.of("about", "of", "out")),
          java.util.Map.entry("side", Set.of("with")),
          java.util.Map.entry("fire", Set.of("back")),
          java.util.Map.entry("shoot", Set.of("back")),
          java.util.Map.entry("hit", Set.of("back")),
          java.util.Map.entry("lash", Set.of("out")),
          java.util.Map.entry("argue", Set.of("for", "against")),
          java.util.Map.entry("threaten", Set.of("to")),
          java.util.Map.entry("decide", Set.of("to")),
          java.util.Map.entry("aim", Set.of("to")),
          java.util.Map.entry("vote", Set.of("to", "against")),
          java.util.Map.entry("lay", Set.of("out")),
          java.util.Map.entry("like", Set.of("to")),
          java.util.Map.entry("double", Set.of("down")),
          java.util.Map.entry("weigh", Set.of("in")),
          java.util.Map.entry("seem", Set.of("like")),
          java.util.Map.entry("balk", Set.of("at")),
          java.util.Map.entry("pivot", Set.of("to")),
          java.util.Map.entry("look", Set.of("to")));

  /**
   * Verbs that are cues only with a noun-phrase object right after them ("offered a plan",
   * "considered a run", "compared the law to ..."): measured on the PolNeAR development split,
   * share of such unquoted uses annotated as cues: offer 0.55, consider 0.57, compare 0.63,
   * identify 0.62, remember 0.80, recognize 0.75, sign 0.60, approve 0.62, sound ("sounded a
   * cautious note") 0.62, email 0.64, distance 0.67, prohibit 0.67, promote 0.57, post 0.56.
   */
  static final Set<String> WITH_OBJECT =
      Set.of(
          "offer",
          "consider",
          "compare",
          "identify",
          "remember",
          "recognize",
          "recognise",
          "sign",
          "approve",
          "sound",
          "email",
          "distance",
          "prohibit",
          "promote",
          "post");

  /** Adjectives of stance whose content is an {@code of}-complement ("critical of X"). */
  static final Set<String> ADJECTIVE_OF =
      Set.of("critical", "supportive", "skeptical", "sceptical", "wary", "dismissive");

  /** Whether {@code tokens[i]} is an attribution cue (a verb used as a reporting verb). */
  static boolean isVerbCue(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.posStartsWith("VB")) {
      return false;
    }
    if (i > 0 && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).word().endsWith("-")) {
      return false; // "self-proclaimed"
    }
    String lemma = lemma(t);
    if (SPEECH.contains(lemma) || BELIEF.contains(lemma) || STANCE.contains(lemma)) {
      if (lemma.equals("continue") || lemma.equals("charge")) {
        return followedBy(tokens, i, ":")
            || followedBy(tokens, i, "that")
            || (followedBy(tokens, i, ",") && opensQuotationAfterComma(tokens, i))
            || ((followedBy(tokens, i, ",") || followedBy(tokens, i, "."))
                && afterQuotation(tokens, i));
      }
      if (word(t).equals("states")) {
        // the tagger reads the plural noun as a verb ("Rust Belt states that have suffered",
        // "swing states this week"; dev split: 3 of 31 such tokens annotated): a cue only before
        // a that-clause with a subject, a colon or a quotation ("The law states that courts …")
        return followedBy(tokens, i, ":")
            || opensQuotationAfter(tokens, i)
            || (followedBy(tokens, i, "that")
                && i + 2 < tokens.size()
                && !tokens.get(i + 2).posStartsWith("VB")
                && !tokens.get(i + 2).pos().equals("MD"));
      }
      if (lemma.equals("say") && i > 0 && word(tokens.get(i - 1)).equals("to")) {
        return i > 1 && !word(tokens.get(i - 2)).equals("is"); // "that is to say"
      }
      return true;
    }
    if (AFTER_QUOTATION.contains(lemma) && afterQuotation(tokens, i)) {
      // "“…,” the statement read." / "“…,” read the statement."
      return followedBy(tokens, i, ",")
          || followedBy(tokens, i, ".")
          || isQuoteMark(tokens.get(i - 1).word());
    }
    if (WITH_THAT.contains(lemma)
        && (followedBy(tokens, i, "that")
            || (lemma.equals("point") && followedBy(tokens, i, "out")))) {
      return true;
    }
    if (lemma.equals("find") && researchSubject(tokens, i)) {
      return true; // "The April survey found Clinton leading", "…, the poll found."
    }
    if (AS_COMPLEMENT.contains(lemma) && !t.pos().equals("VBN") && asComplement(tokens, i)) {
      return true; // "Voters see Clinton as the stronger candidate"
    }
    if (WITH_OBJECT.contains(lemma)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).sentence() == t.sentence()
        && startsNounPhrase(tokens.get(i + 1))) {
      return true;
    }
    if (i + 2 < tokens.size()
        && word(tokens.get(i + 1)).equals("about")
        && tokens.get(i + 2).sentence() == t.sentence()
        && !NOT_ABOUT.contains(lemma)
        && aboutComplement(t, tokens.get(i + 2), true)) {
      return true; // "joked about moving", "complained about the media"
    }
    Set<String> particles = WITH_PARTICLE.get(lemma);
    if (particles != null
        && i + 1 < tokens.size()
        && tokens.get(i + 1).sentence() == t.sentence()
        && particles.contains(word(tokens.get(i + 1)))) {
      return true;
    }
    if ((lemma.equals("appear") || lemma.equals("seem")) && followedBy(tokens, i, "to")) {
      return true; // "appears to have harmed her": an attribution to an unnamed judgement
    }
    if (isPutIt(tokens, i)) {
      return true;
    }
    if (Set.of("VBD", "VBZ", "VBP").contains(t.pos())
        && !Set.of("be", "have", "do").contains(lemma)
        && followedBy(tokens, i, ",")
        && opensQuotationAfterComma(tokens, i)
        && !afterQuotation(tokens, i)
        && !speechVerbBefore(tokens, i)) {
      // "Mr. Trump yelled, “Out!”", "Silverman interjected, “…”": a finite verb (no auxiliary)
      // right before a comma and an opening quotation mark introduces that quotation whatever
      // the verb (Chicago Manual 6.40: a comma before a quotation introduced by a verb of
      // saying); not after a verb of speech earlier in the sentence, whose quotation it is ("said
      // in the spring after the story broke, “…”"). Issue #3, fourteenth round: 8 of 11 new
      // quotes matched, in 8 articles.
      return true;
    }
    if (lemma.equals("put") && i + 2 < tokens.size()) {
      // "X put the number in the low thousands": a figure attributed to X.
      int j = word(tokens.get(i + 1)).equals("the") ? i + 2 : i + 1;
      return FIGURE_NOUNS.contains(word(tokens.get(j)));
    }
    return false;
  }

  /**
   * Nouns naming an inquiry or a survey: the subject of {@code find} reports a result with them,
   * with or without {@code that} ("The April survey found Clinton leading Sanders"; PolNeAR dev
   * split: 23 of 25 such uses without {@code that} annotated, 12 of 14 with it).
   */
  static final Set<String> RESEARCH_NOUNS =
      Set.of(
          "poll",
          "survey",
          "study",
          "report",
          "analysis",
          "review",
          "investigation",
          "inquiry",
          "audit",
          "research",
          "researcher",
          "census");

  /**
   * Whether a noun of {@link #RESEARCH_NOUNS} stands right before the verb {@code tokens[i]}, an
   * auxiliary or adverb at most between ("the poll has also found").
   */
  private static boolean researchSubject(List<Token> tokens, int i) {
    int sentence = tokens.get(i).sentence();
    int j = i - 1;
    for (int skipped = 0;
        j >= 0
            && skipped < 2
            && tokens.get(j).sentence() == sentence
            && (tokens.get(j).posStartsWith("RB")
                || Set.of("have", "do").contains(lemma(tokens.get(j))));
        skipped++) {
      j--;
    }
    if (j >= 0
        && tokens.get(j).sentence() == sentence
        && tokens.get(j).posStartsWith("NN")
        && RESEARCH_NOUNS.contains(lemma(tokens.get(j)))) {
      return true;
    }
    return researchHeadOpensSentence(tokens, j, sentence);
  }

  /**
   * Whether the verb {@code tokens[i]} has an inquiry noun heading a postmodified opening subject.
   */
  static boolean researchSubjectOpensSentence(List<Token> tokens, int i) {
    return i > 0 && researchHeadOpensSentence(tokens, i - 1, tokens.get(i).sentence());
  }

  /**
   * "A poll from the state university released Wednesday found …": the inquiry noun heads a subject
   * that opens the sentence and carries a postmodifier (a prepositional phrase, a participle) up to
   * the verb; no comma, quotation mark or finite verb stands between (issue #3, fourteenth round: 6
   * of 6 new relations matched, in 6 articles).
   */
  private static boolean researchHeadOpensSentence(List<Token> tokens, int j, int sentence) {
    boolean research = false;
    int k = j;
    for (; k >= 0 && tokens.get(k).sentence() == sentence && j - k < 14; k--) {
      Token t = tokens.get(k);
      String w = t.word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || QuoteMarks.isMark(w.charAt(0))) {
        return false;
      }
      if (t.pos().equals("VBD")
          || t.pos().equals("VBZ")
          || t.pos().equals("VBP")
          || t.pos().equals("MD")) {
        return false;
      }
      if (t.posStartsWith("NN") && RESEARCH_NOUNS.contains(lemma(t))) {
        research = true;
      }
    }
    return research && (k < 0 || tokens.get(k).sentence() != sentence);
  }

  /**
   * Verbs of perception that are cues of belief with an object and an {@code as}-complement ("see
   * Clinton as the stronger candidate"; PolNeAR dev split: 40 of 80 unquoted uses annotated).
   */
  static final Set<String> AS_COMPLEMENT = Set.of("see", "regard", "perceive");

  /**
   * Whether a noun phrase and then {@code as} with a noun phrase or adjective follow the verb
   * {@code tokens[i]} in its clause (within ten words, no punctuation or verb between).
   */
  private static boolean asComplement(List<Token> tokens, int i) {
    int sentence = tokens.get(i).sentence();
    if (i + 1 >= tokens.size() || !startsNounPhrase(tokens.get(i + 1))) {
      return false;
    }
    for (int j = i + 2; j < tokens.size() && j <= i + 10; j++) {
      Token t = tokens.get(j);
      if (t.sentence() != sentence
          || t.posStartsWith("VB")
          || !Character.isLetterOrDigit(t.word().charAt(0))) {
        return false;
      }
      if (word(t).equals("as")) {
        if (j + 1 >= tokens.size() || tokens.get(j + 1).sentence() != sentence) {
          return false;
        }
        Token n = tokens.get(j + 1);
        String w = word(n);
        return !w.equals("well")
            && !w.equals("much")
            && !w.equals("many")
            && !w.equals("long")
            && !w.equals("soon")
            && (startsNounPhrase(n) || n.posStartsWith("RB") || n.pos().equals("VBG"));
      }
    }
    return false;
  }

  private static boolean startsNounPhrase(Token t) {
    return t.posStartsWith("DT")
        || t.posStartsWith("NN")
        || t.posStartsWith("PRP")
        || t.posStartsWith("JJ")
        || t.pos().equals("CD");
  }

  /**
   * Whether a closing quotation mark stands shortly before {@code tokens[i]} in its sentence: "“…,”
   * Carson continued." attributes the quotation.
   */
  /**
   * Verbs that attribute a quotation only when they follow it: the words of a text ("“…,” the
   * letter reads") and shouted words ("“…!” the crowd shouted"); elsewhere they are rarely
   * attributions ("read the report", "shouted down").
   */
  static final Set<String> AFTER_QUOTATION = Set.of("read", "shout", "yell", "scream");

  /**
   * "He continued, “I believe …”": an opening quotation mark right after the comma that follows
   * {@code tokens[i]} (PolNeAR dev split: 15 of 16 such uses of {@code continue} annotated).
   */
  private static boolean opensQuotationAfterComma(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i + 2).word();
    return w.equals("\u201c") || w.equals("``") || w.equals("''") || w.equals("\"");
  }

  /** Whether a verb of speech stands before {@code tokens[i]} in its sentence. */
  private static boolean speechVerbBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && tokens.get(j).sentence() == tokens.get(i).sentence(); j--) {
      if (tokens.get(j).posStartsWith("VB") && SPEECH.contains(lemma(tokens.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an opening quotation mark stands right after {@code tokens[i]}. */
  private static boolean opensQuotationAfter(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i + 1).word();
    return w.equals("\u201c") || w.equals("``") || w.equals("\"");
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("\u201d") || w.equals("''") || w.equals("\"");
  }

  private static boolean afterQuotation(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      String w = tokens.get(j).word();
      if (tokens.get(j).sentence() != tokens.get(i).sentence()) {
        return false;
      }
      if (w.equals("\u201d") || w.equals("''") || w.equals("\"")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code tokens[i]} is "put" in "as X put it". */
  static boolean isPutIt(List<Token> tokens, int i) {
    return lemma(tokens.get(i)).equals("put") && followedBy(tokens, i, "it");
  }

  /**
   * Whether {@code tokens[i]} is "reportedly" not right before a verb cue (which then carries the
   * attribution): a hearsay adverb (PolNeAR dev split: 18 of 27 uses annotated as cues; "allegedly"
   * 3 of 13, "apparently" 7 of 36, "supposedly" 1 of 9 stay out).
   */
  static boolean isHearsayAdverb(List<Token> tokens, int i) {
    return word(tokens.get(i)).equals("reportedly")
        && !(i + 1 < tokens.size()
            && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
            && isVerbCue(tokens, i + 1));
  }

  /** Whether {@code tokens[i]} begins "according to". */
  static boolean isAccordingTo(List<Token> tokens, int i) {
    return word(tokens.get(i)).equals("according")
        && i + 1 < tokens.size()
        && word(tokens.get(i + 1)).equals("to");
  }

  static boolean followedBy(List<Token> tokens, int i, String w) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
        && word(tokens.get(i + 1)).equals(w);
  }

  static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    return t.lemma() == null ? word(t) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
