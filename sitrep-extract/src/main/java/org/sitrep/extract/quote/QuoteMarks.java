package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between double quotation marks. A quotation that runs on across
 * paragraphs follows the English convention (Chicago Manual of Style 13.30): the paragraph ends
 * without a closing mark and the next one opens with an opening mark; such a run is one segment. An
 * opening mark never closed before a paragraph that does not continue the quote ends at the
 * paragraph end.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quoted segment {@code [start, end)}, marks included. */
  record Segment(int start, int end) {
    /** Whether {@code offset} lies inside the segment. */
    boolean covers(int offset) {
      return start <= offset && offset < end;
    }
  }

  static boolean isOpening(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  static boolean isClosing(char c) {
    return c == '\u201D' || c == '\u00BB';
  }

  static boolean isMark(char c) {
    return c == '"' || isOpening(c) || isClosing(c);
  }

  /** The quoted segments of {@code text}, in order, not overlapping. */
  static List<Segment> find(String text) {
    // Two apostrophes stand for a straight double quotation mark in some newswire text ('').
    if (text.contains("''")) {
      text = text.replace("''", "\"\u0000");
    }
    List<Segment> out = new ArrayList<>();
    int open = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0 && !nextParagraphOpensQuote(text, i)) {
          addSegment(out, text, open, trimEnd(text, open, i));
          open = -1;
        }
        continue;
      }
      boolean straight = c == '"';
      if (straight
          && open >= 0
          && paragraphBreakBetween(text, open, i)
          && opensParagraph(text, i)) {
        continue; // a straight mark re-opening a quote that runs on into this paragraph
      }
      if (isOpening(c) || (straight && open < 0)) {
        if (open < 0) {
          open = i;
        } else if (!paragraphBreakBetween(text, open, i)) {
          // An opening mark inside an open quote restarts it (a missing closing mark).
          open = i;
        }
      } else if (isClosing(c) || straight) {
        if (open >= 0) {
          int end = i + 1 < n && text.charAt(i + 1) == '\u0000' ? i + 2 : i + 1;
          addSegment(out, text, open, end);
          open = -1;
        }
      }
    }
    if (open >= 0) {
      addSegment(out, text, open, trimEnd(text, open, n));
    }
    return out;
  }

  private static void addSegment(List<Segment> out, String text, int start, int end) {
    if (end - start > 2) {
      out.add(new Segment(start, end));
    }
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean nextParagraphOpensQuote(String text, int newline) {
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && (isOpening(text.charAt(j)) || text.charAt(j) == '"');
  }

  private static boolean opensParagraph(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
  }

  private static boolean paragraphBreakBetween(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') >= 0;
  }
}
