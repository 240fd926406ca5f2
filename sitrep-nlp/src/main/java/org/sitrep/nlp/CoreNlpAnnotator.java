package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/** Runs CoreNLP and converts its output into Sitrep's token, sentence, NER and SUTime layers. */
public final class CoreNlpAnnotator implements Annotator {
  private final CoreNlpConfig config;
  private final StanfordCoreNLP pipeline;

  /** Uses (and if needed loads) the shared CoreNLP pipeline for {@code config}. */
  public CoreNlpAnnotator(CoreNlpConfig config) {
    this.config = config;
    this.pipeline = CoreNlp.pipeline(config);
  }

  /** Sitrep's default configuration. */
  public CoreNlpAnnotator() {
    this(CoreNlpConfig.DEFAULT);
  }

  /** The component name, also used for layers read back from the cache. */
  static final String NAME = "corenlp.v1";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return layers(config);
  }

  /** The layers CoreNLP run with {@code config} provides. */
  static Set<Layer<?>> layers(CoreNlpConfig config) {
    return config.suTime()
        ? Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.NER, Layers.SUTIME)
        : Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.NER);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    article
        .article()
        .publishedDate()
        .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);

    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NerMention> mentions = new ArrayList<>();
    List<TimexCandidate> timexes = new ArrayList<>();
    int sentenceIndex = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int from = tokens.size();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                tokens.size(),
                sentenceIndex,
                l.beginPosition(),
                l.endPosition(),
                text.substring(l.beginPosition(), l.endPosition()),
                l.tag(),
                l.lemma(),
                l.ner() == null ? "O" : l.ner()));
      }
      sentences.add(
          new Sentence(
              sentenceIndex,
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              from,
              tokens.size()));
      List<CoreMap> ems = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (ems != null) {
        for (CoreMap em : ems) {
          int b = em.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int e = em.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          String type = em.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          int tb = from + em.get(CoreAnnotations.TokenBeginAnnotation.class) - tokenOffset(s);
          int te = from + em.get(CoreAnnotations.TokenEndAnnotation.class) - tokenOffset(s);
          mentions.add(new NerMention(b, e, text.substring(b, e), type, tb, te));
          Timex timex = em.get(TimeAnnotations.TimexAnnotation.class);
          if (timex != null) {
            timexes.add(
                new TimexCandidate(b, e, text.substring(b, e), timex.timexType(), timex.value()));
          }
        }
      }
      sentenceIndex++;
    }
    AbbreviationSplits repaired = AbbreviationSplits.repair(tokens, sentences, mentions);
    article.put(Layers.TOKENS, repaired.tokens());
    article.put(Layers.SENTENCES, repaired.sentences());
    article.put(Layers.NER, repaired.ner());
    if (config.suTime()) {
      article.put(Layers.SUTIME, List.copyOf(timexes));
    }
  }

  private static int tokenOffset(CoreMap sentence) {
    Integer begin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    return begin == null ? 0 : begin;
  }
}
