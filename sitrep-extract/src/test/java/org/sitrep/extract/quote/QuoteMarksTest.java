package org.sitrep.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void findsCurlyAndStraightQuotes() {
    assertThat(quoted("“A b,” he said. \"C d.\"")).containsExactly("“A b,”", "\"C d.\"");
  }

  @Test
  void quoteRunningOnAcrossParagraphsIsOneSegment() {
    String text = "“First paragraph.\n“Second paragraph,” she said.\nNext.";
    assertThat(quoted(text)).containsExactly("“First paragraph.\n“Second paragraph,”");
  }

  @Test
  void unclosedQuoteEndsAtParagraphEnd() {
    String text = "He said “never mind\nThen nothing.";
    assertThat(quoted(text)).containsExactly("“never mind");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(quoted("It’s the group’s plan.")).isEmpty();
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    assertThat(quoted("Mr. Trump said, ''I'm a guy with common sense.'' Then he left."))
        .containsExactly("''I'm a guy with common sense.''");
  }
}
