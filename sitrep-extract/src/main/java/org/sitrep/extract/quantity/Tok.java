package org.sitrep.extract.quantity;

/**
 * A token of the quantity lexer.
 *
 * @param spaceBefore whether whitespace (or the start of the text) precedes it
 */
record Tok(int start, int end, String text, Kind kind, boolean spaceBefore) {

  /** What a token is made of. */
  enum Kind {
    NUM,
    WORD,
    SYM
  }

  boolean isNum() {
    return kind == Kind.NUM;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  /** The text in lower case. */
  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }
}
