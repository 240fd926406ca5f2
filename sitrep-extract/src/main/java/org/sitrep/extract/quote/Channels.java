package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.core.nlp.Token;

/**
 * The channel of a statement: a prepositional phrase headed by a medium noun ("in a statement",
 * "via Facebook chat", "in a WhatsApp message", "in remarks in Washington") or the audience of a
 * telling verb when it is the press ("told reporters").
 */
final class Channels {
  private Channels() {}

  /** Prepositions that introduce a channel. */
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "via", "on", "at", "during", "through", "over", "by", "from");

  /** Media and occasions of public statements (a general list of communication nouns). */
  static final Set<String> MEDIA =
      Set.of(
          "statement",
          "statements",
          "interview",
          "interviews",
          "message",
          "messages",
          "chat",
          "email",
          "e-mail",
          "tweet",
          "tweets",
          "twitter",
          "facebook",
          "instagram",
          "whatsapp",
          "telegram",
          "post",
          "posting",
          "letter",
          "speech",
          "remarks",
          "conference",
          "briefing",
          "call",
          "phone",
          "telephone",
          "video",
          "op-ed",
          "testimony",
          "hearing",
          "broadcast",
          "appearance",
          "release",
          "memo",
          "blog",
          "podcast",
          "show",
          "rally",
          "address",
          "communique",
          "communiqué",
          "text",
          "note",
          "article",
          "column",
          "editorial",
          "announcement",
          "website",
          "radio",
          "television",
          "debate",
          "meeting",
          "summit");

  /** Audiences that make "told X" a channel. */
  static final Set<String> PRESS =
      Set.of("reporters", "journalists", "the press", "the media", "lawmakers", "congress");

  /** A channel phrase starting at token {@code i}: its end (exclusive), or {@code i} if none. */
  static int phraseEnd(List<Token> tokens, int i, int limit) {
    if (i >= limit || !PREPOSITIONS.contains(CueLexicon.word(tokens.get(i)))) {
      return i;
    }
    int j = i + 1;
    int end = i;
    while (j < limit && j <= i + 6) {
      Token t = tokens.get(j);
      String w = CueLexicon.word(t);
      if (!(t.posStartsWith("NN")
          || t.posStartsWith("JJ")
          || t.posStartsWith("DT")
          || t.posStartsWith("PRP$")
          || t.posStartsWith("CD")
          || t.posStartsWith("VBN")
          || t.pos().equals("POS")
          || t.pos().equals("HYPH"))) {
        break;
      }
      if (MEDIA.contains(w)) {
        end = j + 1;
      }
      j++;
    }
    if (end == i) {
      return i;
    }
    // "in remarks in Washington": a following place belongs to the occasion.
    if (end + 1 < limit
        && Set.of("in", "at").contains(CueLexicon.word(tokens.get(end)))
        && "LOCATION".equals(tokens.get(end + 1).ner())) {
      end += 2;
      while (end < limit && "LOCATION".equals(tokens.get(end).ner())) {
        end++;
      }
    }
    return end;
  }
}
