package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.Source;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Sitrep's quantity extractor {@code quantity.v1}: every cardinal, amount of money, percentage and
 * measure as an interval, with what it counts and who gives the figure.
 */
public final class QuantityAnnotator implements Annotator {

  /** The component name stored with every quantity. */
  public static final String NAME = "quantity.v1";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    // times exclude dates; quotes and claims give a figure its source
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TIMES, Layers.QUOTES, Layers.CLAIMS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUANTITIES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    String text = article.text();
    List<Token> tokens = article.get(Layers.TOKENS);
    List<TimeExpression> times = article.list(Layers.TIMES);
    List<Quote> quotes = article.list(Layers.QUOTES);
    List<Claim> claims = article.list(Layers.CLAIMS);
    List<Quantity> out = new ArrayList<>();
    for (Found f : QuantityParser.parse(text, List.of())) {
      if (f.unit() == null || !Units.isTime(f.unit())) {
        if (insideDateOrTime(times, f)) {
          continue; // the time extractor read it as a date or clock time
        }
      }
      CountedThing thing =
          f.unit() == null ? CountedThing.read(tokens, f.start(), f.nounFrom()) : CountedThing.NONE;
      out.add(
          new Quantity(
              f.start(),
              f.end(),
              text.substring(f.start(), f.end()),
              f.interval().low(),
              f.interval().high(),
              f.unit(),
              thing.counts(),
              thing.role(),
              f.approximate(),
              source(quotes, claims, f),
              NAME));
    }
    article.put(Layers.QUANTITIES, List.copyOf(out));
  }

  private static boolean insideDateOrTime(List<TimeExpression> times, Found f) {
    for (TimeExpression t : times) {
      // a bare number read as a year is left to the parser's own year rule ("an average of 1500")
      if ((t.type() == TimexType.DATE || t.type() == TimexType.TIME)
          && !t.text().strip().matches("\\d+")
          && t.start() <= f.start()
          && f.end() <= t.end()) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of a quote, else the source of a claim, whose span holds the quantity. */
  private static Source source(List<Quote> quotes, List<Claim> claims, Found f) {
    for (Quote q : quotes) {
      if (q.start() <= f.start() && f.end() <= q.end() && q.speaker() != null) {
        return q.speaker();
      }
    }
    for (Claim c : claims) {
      if (c.start() <= f.start() && f.end() <= c.end() && c.source() != null) {
        return c.source();
      }
    }
    return null;
  }
}
