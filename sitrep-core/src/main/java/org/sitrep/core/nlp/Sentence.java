package org.sitrep.core.nlp;

/**
 * One sentence.
 *
 * @param index position in the article's sentence list
 * @param start offset of its first character
 * @param end offset after its last character
 * @param tokenFrom index of its first token
 * @param tokenTo index after its last token
 */
public record Sentence(int index, int start, int end, int tokenFrom, int tokenTo) {

  /** The number of tokens. */
  public int size() {
    return tokenTo - tokenFrom;
  }
}
