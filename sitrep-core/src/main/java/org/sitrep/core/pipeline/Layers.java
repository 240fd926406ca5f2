package org.sitrep.core.pipeline;

import java.util.List;
import java.util.Set;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Document;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.nlp.Token;

/** The layers of the standard Sitrep pipeline, declared once. */
public final class Layers {
  private Layers() {}

  /** Tokens with part of speech, lemma and coarse NER tag. */
  public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);

  /** Sentences as token ranges. */
  public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);

  /** Named-entity mentions from the statistical tagger, uncorrected. */
  public static final Layer<List<NerMention>> NER = Layer.of("ner", List.class);

  /** SUTime's raw time expressions. */
  public static final Layer<List<TimexCandidate>> SUTIME = Layer.of("sutime", List.class);

  /** Entities, corrected and merged. */
  public static final Layer<List<Entity>> ENTITIES = Layer.of("entities", List.class);

  /** Normalised time expressions. */
  public static final Layer<List<TimeExpression>> TIMES = Layer.of("times", List.class);

  /** Quantities as intervals. */
  public static final Layer<List<Quantity>> QUANTITIES = Layer.of("quantities", List.class);

  /** Places resolved against the gazetteer. */
  public static final Layer<List<Place>> PLACES = Layer.of("places", List.class);

  /** Quotes with speakers. */
  public static final Layer<List<Quote>> QUOTES = Layer.of("quotes", List.class);

  /** Attributed claims with certainty. */
  public static final Layer<List<Claim>> CLAIMS = Layer.of("claims", List.class);

  /**
   * Every layer the linguistic stage and the extractors before events produce: what the event and
   * movement coders read, since an event's actors, date, place, figures and source come from them.
   */
  public static final Set<Layer<?>> BEFORE_EVENTS =
      Set.of(TOKENS, SENTENCES, NER, SUTIME, TIMES, QUANTITIES, PLACES, ENTITIES, QUOTES, CLAIMS);

  /** Conflict events. */
  public static final Layer<List<Event>> EVENTS = Layer.of("events", List.class);

  /** Movements of people. */
  public static final Layer<List<Movement>> MOVEMENTS = Layer.of("movements", List.class);

  /**
   * Claims, quantities, events and movements linked to each other: claims with ids and the facts
   * they contain, facts with the claim that holds them. Provided last, by the claim linker.
   */
  public static final Layer<LinkedFacts> LINKED_FACTS = Layer.of("linked-facts", LinkedFacts.class);

  /**
   * Assembles the contract record from whatever layers are present; absent ones are empty. When
   * {@link #LINKED_FACTS} is present its claims, quantities, events and movements replace the
   * unlinked layers.
   */
  public static AnalysisRecord record(AnnotatedArticle a) {
    LinkedFacts linked = a.find(LINKED_FACTS).orElse(null);
    return new AnalysisRecord(
        Document.of(a.article()),
        a.list(ENTITIES),
        a.list(QUOTES),
        a.list(TIMES),
        linked != null ? linked.quantities() : a.list(QUANTITIES),
        a.list(PLACES),
        linked != null ? linked.events() : a.list(EVENTS),
        linked != null ? linked.movements() : a.list(MOVEMENTS),
        linked != null ? linked.claims() : a.list(CLAIMS));
  }
}
