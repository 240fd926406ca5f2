package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.TimexType;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * The side-by-side baseline: SUTime's raw output copied into the time layer unchanged, under the
 * component {@code sutime.baseline}.
 */
public final class SuTimeBaseline implements Annotator {

  /** The component name stored with every baseline time expression. */
  public static final String NAME = "sutime.baseline";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SUTIME);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimexCandidate t : article.get(Layers.SUTIME)) {
      out.add(new TimeExpression(t.start(), t.end(), t.text(), type(t.type()), t.value(), NAME));
    }
    article.put(Layers.TIMES, List.copyOf(out));
  }

  private static TimexType type(String type) {
    try {
      return type == null ? TimexType.DATE : TimexType.valueOf(type);
    } catch (IllegalArgumentException e) {
      return TimexType.DATE;
    }
  }
}
