package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions SUTime does not propose, found by pattern: the vocabulary of financial reports
 * ("the year-earlier quarter", "year-ago", "the latest period"), hyphenated parts of a month or
 * year ("mid-November", "mid-1996"), spelled-out and short decades ("the nineties", "the 70s and
 * 80s", after "the" only: "in his 30s" is an age), "the near term" and length adjectives
 * ("decades-long" PXY, "day-long" P1D, as TimeBank and AQUAINT annotate them), "a later date" and
 * "for a while" (a duration, not "a while ago" or "a while back"). Their values come from {@link
 * Normaliser} like any other candidate's.
 */
final class Lexical {
  private Lexical() {}

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  private static final Pattern PATTERNS =
      Pattern.compile(
          "(?i)\\b(?:"
              + "the\\s+(?:comparable\\s+)?year-(?:earlier|ago)\\s+(?:quarter|period)"
              + "|(?:comparable\\s+)?year-(?:earlier|ago)(?:\\s+(?:quarter|period))?"
              + "|last\\s+year's\\s+(?:quarter|period)"
              + "|(?:the\\s+)?latest\\s+(?:period|quarter)"
              + "|(?:mid|late|early)-"
              + MONTH
              + "|mid-\\d{4}"
              + "|(?:pre|post)-(?:1[5-9]|20)\\d\\d"
              + "|the\\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
              + "|the\\s+['’]?[2-9]0s"
              + "|(?<=0s\\s(?:and|or|to)\\s)['’]?[2-9]0s"
              + "|the\\s+(?:near|short|long)\\s+term"
              + "|a\\s+(?:later|future)\\s+date"
              + "|(?<=\\b(?:for|in|after)\\s)a\\s+while"
              + "|(?:decades|years|months|weeks|days|hours)-long"
              + "|(?:decade|year|month|week|day|hour)-long"
              + ")\\b");

  private static final String NUMBER =
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|a|an)";

  private static final String UNIT = "(?:second|minute|hour|day|week|month|year|decade)s?";

  /**
   * Expressions that contain a shorter one SUTime proposes and replace it: durations with a half or
   * "more" ("2 1/2 years", where SUTime marks only "years"; "two more weeks", "an additional year":
   * TimeML reads the added stretch as a duration), "these days", "that same day" and "the year
   * previous" (anaphoric, like "the same day" and "the previous year"), "coming months" (SUTime:
   * "months"; TimeBank and AQUAINT include "coming", 4 of 4) (SUTime: "days") and "fiscal 1989"
   * (SUTime: "1989"; TimeBank includes "fiscal"), "the 1988 period" (SUTime: "1988"; TimeBank
   * annotates the noun phrase, 3 times of 4).
   */
  private static final Pattern WIDER =
      Pattern.compile(
          "(?i)\\b(?:"
              + NUMBER
              + "\\s+(?:1/2|and\\s+a\\s+half)\\s+"
              + UNIT
              + "|(?:a|an|one)\\s+"
              + UNIT
              + "\\s+and\\s+a\\s+half"
              + "|"
              + NUMBER
              + "\\s+(?:more|additional|extra|further)\\s+"
              + UNIT
              + "|(?:the\\s+(?:past|last|next)\\s+)?"
              + NUMBER
              + "\\s+(?:straight|consecutive|trading|business)\\s+"
              + "(?:second|minute|hour|day|week|month|quarter|year|session)s?"
              + "|(?:the\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)\\s+"
              + "(?:first|second|third|fourth)\\s+quarter"
              + "|(?:the\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)\\s+(?:first\\s+)?"
              + NUMBER
              + "\\s+months"
              + "|the\\s+(?:comparable\\s+)?year-(?:earlier|ago)\\s+(?:quarter|period)"
              + "|year-(?:earlier|ago)\\s+(?:quarter|period)"
              + "|year-end|year\\s+end|year's\\s+end"
              + "|these\\s+days"
              + "|(?:the\\s+)?latest\\s+fiscal\\s+year"
              + "|(?:the\\s+)?(?:first|last)\\s+two\\s+quarters\\s+of\\s+(?:19|20)\\d\\d"
              + "|the\\s+week\\s+of\\s+"
              + MONTH
              + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
              + "|coming\\s+(?:days|weeks|months|years)"
              + "|(?:earlier|later)\\s+that\\s+(?:day|month|year)|that\\s+year"
              + "|that\\s+same\\s+(?:day|month|year)"
              + "|the\\s+(?:day|month|year)\\s+previous"
              + "|fiscal\\s+(?:19|20)\\d\\d"
              + "|the\\s+(?:19|20)\\d\\d\\s+period"
              + "|Election\\s+Day"
              + "|(?:future|coming)\\s+quarters"
              + "|(?<!the\\s)past\\s+(?:weeks|months|years|decades)"
              + "|(?:mid-|late\\s+|early\\s+)?(?:morning|afternoon|evening)\\s+"
              + "(?:yesterday|today|tomorrow)"
              + "|(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+"
              + "(?:consecutive|straight|successive)\\s+(?:day|week|month)"
              + "|the\\s+(?:same|corresponding|comparable)\\s+(?:period|month|quarter|week)\\s+"
              + "(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)"
              + "|the\\s+(?:previous|prior|last)\\s+year)"
              + ")\\b");

  /**
   * Candidates that replace the shorter candidates they contain ({@link #WIDER}), without a
   * fallback reading.
   */
  static List<TimeAnnotator.Candidate> findWider(String text) {
    List<TimeAnnotator.Candidate> out = new ArrayList<>();
    Matcher m = WIDER.matcher(text);
    while (m.find()) {
      out.add(new TimeAnnotator.Candidate(m.start(), m.end(), m.group(), null));
    }
    return out;
  }

  /** Every match in {@code text} as a candidate without a fallback reading. */
  static List<TimeAnnotator.Candidate> find(String text) {
    List<TimeAnnotator.Candidate> out = new ArrayList<>();
    Matcher m = PATTERNS.matcher(text);
    while (m.find()) {
      out.add(new TimeAnnotator.Candidate(m.start(), m.end(), m.group(), null));
    }
    return out;
  }
}
