package org.sitrep.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.store.Exporter;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;

/**
 * The read-only JSON API: each endpoint a thin layer over {@link Queries}, with the filters of the
 * matching CLI command as query parameters. One store connection serves every request in turn.
 */
final class Api {
  /** The most rows a list endpoint returns at once. */
  static final int MAX_LIMIT = 10_000;

  private final Store store;
  private final Queries queries;
  private final ObjectMapper json;
  private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

  /** An answer: a JSON value, or bytes already encoded with their content type. */
  record Answer(Object value, byte[] bytes, String contentType) {
    static Answer json(Object value) {
      return new Answer(value, null, "application/json");
    }
  }

  private record Endpoint(List<String> params, Function<Params, Answer> handler) {}

  Api(Store store, ObjectMapper json) {
    this.store = store;
    this.queries = new Queries(store);
    this.json = json;
    endpoints.put("/api/overview", new Endpoint(List.of(), p -> Answer.json(queries.overview())));
    endpoints.put(
        "/api/events",
        new Endpoint(
            List.of("type", "actor", "place", "from", "to", "near", "within", "limit"),
            p -> Answer.json(events(p))));
    endpoints.put("/api/events.geojson", new Endpoint(List.of(), p -> geojson()));
    endpoints.put(
        "/api/quotes",
        new Endpoint(
            List.of("speaker", "limit"),
            p -> Answer.json(queries.quotes(p.text("speaker"), limit(p, 200)))));
    endpoints.put(
        "/api/movements",
        new Endpoint(
            List.of("who", "place", "from", "to", "limit"),
            p ->
                Answer.json(
                    queries.movements(
                        new Queries.MovementFilter(
                            p.text("who"),
                            p.text("place"),
                            p.date("from"),
                            p.date("to"),
                            limit(p, 200))))));
    endpoints.put(
        "/api/estimates",
        new Endpoint(List.of("counts"), p -> Answer.json(queries.estimates(p.text("counts")))));
    endpoints.put(
        "/api/search",
        new Endpoint(
            List.of("q", "limit"),
            p -> {
              String q = p.text("q");
              if (q == null) {
                throw HttpError.badRequest(
                    "q: the words to search for are required, e.g. ?q=Raqqa");
              }
              return Answer.json(queries.search(q, limit(p, 20)));
            }));
    endpoints.put("/api/failures", new Endpoint(List.of(), p -> Answer.json(queries.failures())));
    endpoints.put(
        "/api/places",
        new Endpoint(List.of("limit"), p -> Answer.json(queries.places(limit(p, 500)))));
    endpoints.put(
        "/api/articles",
        new Endpoint(List.of("limit"), p -> Answer.json(queries.articles(limit(p, 200)))));
  }

  /** The endpoints' paths, for the 404 message. */
  List<String> paths() {
    return List.copyOf(endpoints.keySet());
  }

  /** Answers a GET of {@code path} with {@code rawQuery}; throws {@link HttpError} on refusal. */
  Answer get(String path, String rawQuery) {
    Endpoint e = endpoints.get(path);
    if (e != null) {
      Params p = Params.parse(rawQuery, e.params());
      synchronized (store) {
        return e.handler().apply(p);
      }
    }
    String prefix = "/api/articles/";
    if (path.startsWith(prefix)) {
      Params.parse(rawQuery, List.of());
      String id = path.substring(prefix.length());
      if (!id.matches("[0-9]{1,18}")) {
        throw HttpError.badRequest(
            "article id '"
                + id
                + "' is not allowed (allowed: a number, as listed by /api/articles)");
      }
      synchronized (store) {
        return Answer.json(article(Long.parseLong(id)));
      }
    }
    throw HttpError.notFound(
        "no endpoint "
            + path
            + " (endpoints: "
            + String.join(", ", paths())
            + ", /api/articles/ID)");
  }

  private static int limit(Params p, int fallback) {
    return p.integer("limit", fallback, 1, MAX_LIMIT);
  }

  private List<Queries.ReconciledEvent> events(Params p) {
    Double lat = null;
    Double lon = null;
    String near = p.text("near");
    if (near != null) {
      double[] point = queries.point(near);
      if (point == null) {
        throw HttpError.badRequest(
            "near: no place with coordinates named '"
                + near
                + "' in the corpus (allowed: a stored place name or LAT,LON)");
      }
      lat = point[0];
      lon = point[1];
    }
    Double within = p.number("within", 0, 20_000);
    if (within != null && near == null) {
      throw HttpError.badRequest("within: needs near (allowed: near=PLACE|LAT,LON&within=KM)");
    }
    List<Queries.ReconciledEvent> all =
        queries.events(
            new Queries.EventFilter(
                p.text("type"),
                p.date("from"),
                p.date("to"),
                p.text("place"),
                lat,
                lon,
                within == null ? 25.0 : within,
                p.text("actor")));
    int limit = limit(p, MAX_LIMIT);
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  private Answer geojson() {
    StringWriter out = new StringWriter();
    try {
      new Exporter(store).write(Exporter.Format.GEOJSON, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Answer(
        null,
        out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "application/geo+json");
  }

  private ObjectNode article(long id) {
    Queries.StoredArticle a =
        queries.article(id).orElseThrow(() -> HttpError.notFound("no article with id " + id));
    ObjectNode out = json.createObjectNode();
    out.put("id", a.id());
    out.put("status", a.status());
    out.put("doc_id", a.docId());
    out.put("title", a.title());
    out.put("outlet", a.outlet());
    out.put("url", a.url());
    out.put("published", a.published());
    out.put("text", a.text());
    if (a.recordJson() == null || a.text() == null) {
      out.putNull("record");
      out.putArray("highlights");
      return out;
    }
    JsonNode record;
    try {
      record = json.readTree(a.recordJson());
    } catch (IOException e) {
      throw new UncheckedIOException("the stored record of article " + id + " is not JSON", e);
    }
    out.set("record", record);
    out.set("highlights", json.valueToTree(Highlights.of(record, a.text())));
    return out;
  }
}
