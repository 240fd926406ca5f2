package org.sitrep.extract.place;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Place;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.text.Span;
import org.sitrep.extract.place.gazetteer.FeatureKind;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.GazetteerEntry;

/**
 * The place extractor {@code place.v1}: finds toponyms with the gazetteer and the NER layer,
 * resolves each to one gazetteer entry, and writes one {@link Place} per resolved entry with all
 * its mentions. It does not read entities: the entity annotator runs after it.
 */
public final class PlaceAnnotator implements Annotator {
  /** The component name written with every place. */
  public static final String NAME = "place.v1";

  private final Gazetteer gazetteer;
  private final ToponymFinder finder;
  private final Resolver resolver = new Resolver();

  /** An annotator over a loaded gazetteer. */
  public PlaceAnnotator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new ToponymFinder(gazetteer);
  }

  /**
   * An annotator over the index in {@code gazetteerDir}, loaded once per process.
   *
   * @throws IllegalStateException "gazetteer not built: run ./sitrep setup" when it is missing
   */
  public static PlaceAnnotator load(Path gazetteerDir) {
    return new PlaceAnnotator(Gazetteer.load(gazetteerDir));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.NER);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public void annotate(AnnotatedArticle article) {
    String text = article.text();
    List<Toponym> toponyms =
        finder.find(
            text,
            article.get(Layers.TOKENS),
            article.get(Layers.SENTENCES),
            article.get(Layers.NER));
    article.put(Layers.PLACES, places(text, toponyms, resolver.readings(text, toponyms)));
  }

  /**
   * One place per entry with all its mentions; a name the gazetteer lacks, read as the place that
   * contains it, is a place of its own (named as in the text, no GeoNames id) at its container's
   * point, so "Padi" is not listed as a mention of Chennai.
   */
  private List<Place> places(String text, List<Toponym> toponyms, List<Resolver.Reading> chosen) {
    Map<List<Object>, List<Span>> byPlace = new LinkedHashMap<>();
    Map<List<Object>, GazetteerEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      Resolver.Reading r = chosen.get(i);
      if (r == null) {
        continue; // no reading fits the article (see Resolver.cohere)
      }
      List<Object> key = r.container() ? List.of(r.entry(), t.key()) : List.of(r.entry());
      entries.put(key, r.entry());
      byPlace
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Span(t.start(), t.end(), text.substring(t.start(), t.end())));
    }
    List<Place> out = new ArrayList<>();
    int n = 0;
    for (Map.Entry<List<Object>, List<Span>> e : byPlace.entrySet()) {
      GazetteerEntry g = entries.get(e.getKey());
      boolean contained = e.getKey().size() > 1;
      String admin1 =
          g.admin1().isEmpty()
              ? null
              : gazetteer
                  .admin1(g.countryCode(), g.admin1())
                  .map(GazetteerEntry::name)
                  .orElse(null);
      out.add(
          new Place(
              "place-" + (++n),
              contained ? e.getValue().get(0).text() : g.name(),
              contained ? null : g.geonamesId(),
              round(g.lat()),
              round(g.lon()),
              g.countryCode().isEmpty() ? null : g.countryCode(),
              admin1,
              contained ? FeatureKind.CITY.label() : g.kind().label(),
              e.getValue(),
              NAME,
              contained ? g.name() : null));
    }
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1e5) / 1e5;
  }
}
