package org.sitrep.core.nlp;

/**
 * One token.
 *
 * @param index position in the article's token list
 * @param sentence index of the sentence it belongs to
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param word the token as it stands in the text
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma the lemma
 * @param ner the coarse named-entity tag ({@code O} outside any entity)
 */
public record Token(
    int index,
    int sentence,
    int start,
    int end,
    String word,
    String pos,
    String lemma,
    String ner) {

  /** Whether the tag starts with {@code prefix}, as {@code NN} for every noun. */
  public boolean posStartsWith(String prefix) {
    return pos != null && pos.startsWith(prefix);
  }
}
