package org.sitrep.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.core.model.Certainty;

/**
 * How firmly a claim is put, from its cue and the wording around it. The classes follow the
 * factuality scale of FactBank (Saurí and Pustejovsky 2009, "FactBank: a corpus annotated with
 * event factuality", Lang. Resources and Evaluation 43): certain (asserted), probable (believed),
 * possible, underspecified (unconfirmed) and the negated counterpart (denied). The first rule that
 * matches wins, most specific first.
 */
final class CertaintyRules {
  private CertaintyRules() {}

  private record Rule(Pattern pattern, Certainty certainty) {}

  private static Pattern words(String regex) {
    return Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** Rules over the cue. */
  private static final List<Rule> CUE =
      List.of(
          new Rule(
              words("den(?:y|ies|ied|ying)|reject\\w*|dismiss\\w*|refut\\w*|disput\\w*|rebut\\w*"),
              Certainty.DENIED),
          new Rule(
              words("(?:did|does|do) not (?:say|confirm)|claim\\w*|alleg\\w*"),
              Certainty.UNCONFIRMED),
          new Rule(
              words(
                  "believ\\w*|think\\w*|thought|suspect\\w*|fear\\w*|expect\\w*|assum\\w*|"
                      + "estimat\\w*|assess\\w*|suggest\\w*|doubt\\w*|reckon\\w*"),
              Certainty.BELIEVED));

  /** Rules over the sentence holding the claim. */
  private static final List<Rule> CONTEXT =
      List.of(
          new Rule(
              words(
                  "(?:cannot|can ?not|could not|couldn't|can't|unable to|not) (?:be )?"
                      + "(?:independently )?(?:confirm|verif)\\w*|unconfirmed|unverified|"
                      + "reportedly|allegedly|purportedly|claimed"),
              Certainty.UNCONFIRMED),
          new Rule(words("not true|false|baseless|denied|no evidence"), Certainty.DENIED),
          new Rule(
              words("may|might|could|possibly|perhaps|maybe|potentially|it is possible"),
              Certainty.POSSIBLE),
          new Rule(
              words(
                  "(?:is|are|was|were) (?:widely )?(?:believed|thought|suspected|understood|"
                      + "presumed|assumed|estimated) to|probably|likely|apparently|appears? to|"
                      + "seems? to"),
              Certainty.BELIEVED));

  /** The certainty of a claim with cue {@code cue} and content {@code content}. */
  static Certainty of(String cue, String content) {
    String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
    for (Rule r : CUE) {
      if (r.pattern().matcher(c).find()) {
        return r.certainty() == Certainty.BELIEVED && matches(CONTEXT, content, Certainty.POSSIBLE)
            ? Certainty.POSSIBLE
            : r.certainty();
      }
    }
    String text = content == null ? "" : content;
    for (Rule r : CONTEXT) {
      if (r.pattern().matcher(text).find()) {
        return r.certainty();
      }
    }
    return Certainty.ASSERTED;
  }

  private static boolean matches(List<Rule> rules, String text, Certainty certainty) {
    for (Rule r : rules) {
      if (r.certainty() == certainty && text != null && r.pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
