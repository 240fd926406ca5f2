package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into numbers, words and single symbols, keeping offsets into the text. */
final class Lexer {
  private Lexer() {}

  // digits with thousands separators and a decimal part; words with inner apostrophes and dots of
  // abbreviations such as "p.m." and "U.S."; any other non-space character alone
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\d+(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,]\\d)|\\d+(?:\\.\\d+)?"
              + "|\\p{L}\\.(?:\\p{L}\\.)+|\\p{L}+(?:['’]\\p{L}+)?|\\S");

  static List<Tok> lex(String text) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      String s = m.group();
      Tok.Kind kind =
          Character.isDigit(s.charAt(0))
              ? Tok.Kind.NUM
              : Character.isLetter(s.charAt(0)) ? Tok.Kind.WORD : Tok.Kind.SYM;
      boolean space = m.start() == 0 || m.start() > last;
      out.add(new Tok(m.start(), m.end(), s, kind, space));
      last = m.end();
    }
    return out;
  }
}
