package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * A hand-tokenised, hand-tagged text standing in for CoreNLP's output in unit tests; as CoreNLP's
 * tokenizer, it splits a possessive "'s" from its name ("Michael", "'s") and keeps "ST." whole.
 */
final class TestDoc {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\p{Ll}{0,3}\\.)+|\\p{Lu}{2}\\.(?=\\s)"
              + "|[\\p{L}\\p{N}]+(?:(?:-|['’](?![sS]\\b))[\\p{L}\\p{N}]+)*|['’][sS]\\b|\\S");

  final String text;
  final List<Token> tokens = new ArrayList<>();
  final List<Sentence> sentences = new ArrayList<>();
  final List<NerMention> ner = new ArrayList<>();

  /** {@code tags}: pairs of phrase and NER type, tagged at every occurrence. */
  TestDoc(String text, String... tags) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos =
          Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w;
      tokens.add(new Token(tokens.size(), 0, m.start(), m.end(), w, pos, w, "O"));
    }
    sentences.add(new Sentence(0, 0, text.length(), 0, tokens.size()));
    for (int i = 0; i + 1 < tags.length; i += 2) {
      String phrase = tags[i];
      int at = text.indexOf(phrase);
      while (at >= 0) {
        int from = -1;
        int to = -1;
        for (Token t : tokens) {
          if (t.start() == at) {
            from = t.index();
          }
          if (t.end() == at + phrase.length()) {
            to = t.index() + 1;
          }
        }
        if (from >= 0 && to > from) {
          ner.add(new NerMention(at, at + phrase.length(), phrase, tags[i + 1], from, to));
          for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            tokens.set(
                k,
                new Token(
                    t.index(), 0, t.start(), t.end(), t.word(), t.pos(), t.lemma(), tags[i + 1]));
          }
        }
        at = text.indexOf(phrase, at + 1);
      }
    }
    ner.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }
}
