package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.extract.time.TimeAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Runs the event extractor on a text written for a test, over the real CoreNLP layer. */
final class EventFixtures {
  static final CoreNlpAnnotator NLP = new CoreNlpAnnotator();

  private EventFixtures() {}

  /** The events of {@code text} published on {@code published}, with or without the time layer. */
  static List<Event> events(String text, LocalDate published, boolean times) {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("t", text, published));
    NLP.annotate(a);
    if (times) {
      new TimeAnnotator().annotate(a);
    }
    new EventAnnotator().annotate(a);
    return a.get(Layers.EVENTS);
  }

  /** The names of the actors in {@code role} across {@code events}, in order. */
  static List<String> names(List<Event> events, String role) {
    return events.stream()
        .flatMap(e -> e.actors().stream())
        .filter(a -> a.role().equals(role))
        .map(org.sitrep.core.model.Actor::name)
        .toList();
  }
}
