package org.sitrep.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators Sitrep runs, and how.
 *
 * @param fineGrainedNer run CoreNLP's regex/gazetteer NER step (about 69% of NER time, 465 MB)
 * @param suTime run SUTime inside NER (about 23% of NER time)
 */
public record CoreNlpConfig(boolean fineGrainedNer, boolean suTime) {

  /**
   * Sitrep's default, chosen by measurement: the three CRF taggers and SUTime, without the slow
   * fine-grained step whose NATIONALITY/CITY classes Sitrep derives itself.
   */
  public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(false, true);

  /** CoreNLP's own defaults for {@code tokenize,ssplit,pos,lemma,ner}: the benchmark baseline. */
  public static final CoreNlpConfig COMPLETE_DEFAULTS = new CoreNlpConfig(true, true);

  /** The CoreNLP properties for this configuration. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.useSUTime", Boolean.toString(suTime));
    p.setProperty("ner.buildEntityMentions", "true");
    if (!fineGrainedNer) {
      p.setProperty("ner.additional.regexner.mapping", "");
    }
    return p;
  }
}
