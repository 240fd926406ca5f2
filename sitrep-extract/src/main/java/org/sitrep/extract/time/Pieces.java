package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions inside a candidate the candidate tagger could not read as one: SUTime joins
 * neighbouring expressions into a single mention without a value ("six years on Thursday", "more
 * than four hours Friday", "the first nine months of 1997", "Nov. 3, the day before"), which TimeML
 * annotates as separate TIMEX3s. Each piece is normalised like any other candidate.
 */
final class Pieces {
  private Pieces() {}

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final String NUMBER =
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)";

  private static final Pattern PIECE =
      Pattern.compile(
          "(?i)\\b(?:"
              + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:\\s+(?:morning|afternoon|evening|night))?"
              + "|"
              + MONTH
              + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d\\d)?"
              + "|(?:the\\s+)?(?:first|second|third|fourth|final|last)\\s+quarter(?:\\s+of\\s+(?:19|20)\\d\\d)?"
              + "|(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)\\s+(?:quarter|period)"
              + "|(?:the\\s+)?(?:first|last)\\s+two\\s+quarters\\s+of\\s+(?:19|20)\\d\\d"
              + "|(?:this|last|next)\\s+(?:year|month|week)"
              + "|yesterday|today|tomorrow"
              + "|(?:the\\s+first\\s+|more\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+)?"
              + NUMBER
              + "\\s+(?:trading\\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
              + "|(?:19|20)\\d\\d"
              + ")(?![\\w-])");

  /** The pieces of {@code c} that read as time expressions on their own, in text order. */
  static List<TimeAnnotator.Candidate> of(TimeAnnotator.Candidate c) {
    List<TimeAnnotator.Candidate> out = new ArrayList<>();
    Matcher m = PIECE.matcher(c.text());
    while (m.find()) {
      // "may" in lower case is the verb ("may last months"), not the month.
      if (m.group().startsWith("may") || m.group().startsWith("march ")) {
        continue;
      }
      out.add(
          new TimeAnnotator.Candidate(c.start() + m.start(), c.start() + m.end(), m.group(), null));
    }
    return out;
  }
}
