package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;

/**
 * Undoes the sentence break CoreNLP's tokenizer makes after an abbreviation's period when a comma
 * or a closing parenthesis follows it: in "Sen. Lindsey Graham, R-S.C., said" and "Rep. Trey Gowdy
 * (R-S.C.) said" (party-state labels, AP Stylebook "party affiliation") the tokenizer splits the
 * period off "R-S.C." and ends the sentence there. No sentence opens with a comma or a closing
 * parenthesis, so the period goes back into its word and the two sentences become one.
 *
 * @param tokens the repaired tokens, renumbered
 * @param sentences the repaired sentences, renumbered
 * @param ner the named-entity mentions with their token indices moved
 */
record AbbreviationSplits(List<Token> tokens, List<Sentence> sentences, List<NerMention> ner) {
  AbbreviationSplits {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    ner = List.copyOf(ner);
  }

  /** The layers with every such break undone; the same lists when there is none. */
  static AbbreviationSplits repair(
      List<Token> tokens, List<Sentence> sentences, List<NerMention> ner) {
    boolean[] drop = new boolean[tokens.size()];
    boolean[] join = new boolean[sentences.size()];
    boolean any = false;
    for (int s = 0; s + 1 < sentences.size(); s++) {
      int period = abbreviationPeriod(tokens, sentences.get(s), sentences.get(s + 1));
      if (period >= 0) {
        drop[period] = true;
        join[s] = true;
        any = true;
      }
    }
    if (!any) {
      return new AbbreviationSplits(tokens, sentences, ner);
    }
    int[] newIndex = new int[tokens.size() + 1];
    int[] newSentence = new int[sentences.size()];
    int ns = 0;
    for (int s = 0; s < sentences.size(); s++) {
      newSentence[s] = ns;
      if (!join[s]) {
        ns++;
      }
    }
    List<Token> outTokens = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      newIndex[i] = outTokens.size();
      Token t = tokens.get(i);
      if (drop[i]) {
        Token prev = outTokens.remove(outTokens.size() - 1);
        outTokens.add(
            new Token(
                prev.index(),
                prev.sentence(),
                prev.start(),
                t.end(),
                prev.word() + t.word(),
                prev.pos(),
                prev.lemma() + t.word(),
                prev.ner()));
        newIndex[i] = prev.index();
        continue;
      }
      outTokens.add(
          new Token(
              outTokens.size(),
              newSentence[t.sentence()],
              t.start(),
              t.end(),
              t.word(),
              t.pos(),
              t.lemma(),
              t.ner()));
    }
    newIndex[tokens.size()] = outTokens.size();
    List<Sentence> outSentences = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence first = sentences.get(s);
      int last = s;
      while (join[last]) {
        last++;
      }
      Sentence end = sentences.get(last);
      outSentences.add(
          new Sentence(
              outSentences.size(),
              first.start(),
              end.end(),
              newIndex[first.tokenFrom()],
              newIndex[end.tokenTo() - 1] + 1));
      s = last;
    }
    List<NerMention> outNer = new ArrayList<>(ner.size());
    for (NerMention m : ner) {
      int from = newIndex[m.tokenFrom()];
      int to = m.tokenTo() > 0 ? newIndex[m.tokenTo() - 1] + 1 : from;
      outNer.add(new NerMention(m.start(), m.end(), m.text(), m.type(), from, Math.max(from, to)));
    }
    return new AbbreviationSplits(outTokens, outSentences, outNer);
  }

  /**
   * The index of the period that wrongly ends sentence {@code s}, or -1: a period glued to the word
   * before it (an abbreviation, "R-S.C" + ".") that ends the sentence while the next one opens with
   * a glued comma or closing parenthesis ("Graham, R-S.C., said"), or that a glued closing
   * parenthesis follows at the sentence end while the next sentence opens with a lower-case word or
   * a comma ("Gowdy (R-S.C.) said").
   */
  private static int abbreviationPeriod(List<Token> tokens, Sentence s, Sentence next) {
    if (s.tokenTo() - s.tokenFrom() < 3 || next.tokenTo() <= next.tokenFrom()) {
      return -1;
    }
    Token last = tokens.get(s.tokenTo() - 1);
    Token open = tokens.get(next.tokenFrom());
    if (last.word().equals(".")
        && gluedAbbreviation(tokens, s.tokenTo() - 1)
        && open.start() == last.end()
        && isClosing(open)) {
      return s.tokenTo() - 1;
    }
    if (isClosing(last)
        && !last.word().equals(",")
        && tokens.get(s.tokenTo() - 2).word().equals(".")
        && tokens.get(s.tokenTo() - 2).end() == last.start()
        && gluedAbbreviation(tokens, s.tokenTo() - 2)
        && (open.word().equals(",") || Character.isLowerCase(open.word().charAt(0)))) {
      return s.tokenTo() - 2;
    }
    return -1;
  }

  private static boolean isClosing(Token t) {
    return t.word().equals(",") || t.word().equals(")") || t.word().equals("-RRB-");
  }

  /** Whether the period at {@code p} is glued to a word ending in a letter before it. */
  private static boolean gluedAbbreviation(List<Token> tokens, int p) {
    Token word = tokens.get(p - 1);
    return tokens.get(p).start() == word.end()
        && !word.word().isEmpty()
        && Character.isLetter(word.word().charAt(word.word().length() - 1));
  }
}
