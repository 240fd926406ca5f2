package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** {@code sitrep serve} over a real HTTP server on a free port and a small SQLite corpus. */
class ServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @TempDir static Path dir;
  private static Store store;
  private static Server server;

  /** The response to a GET of {@code pathAndQuery}. */
  record Got(int status, String type, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  @BeforeAll
  static void start() throws IOException {
    Path outline = dir.resolve("world-countries/data");
    Files.createDirectories(outline);
    // two countries, one with a point that rounds onto its neighbour and must be dropped
    Files.writeString(
        outline.resolve("aaa.geo.json"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[10.001,20.004],[10.002,20.001],"
            + "[12.5,20.0],[12.5,22.0],[10.0,22.0],[10.001,20.004]]]}}]}");
    Files.writeString(
        outline.resolve("bbb.geo.json"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[30,0],[31,0],[31,1],"
            + "[30,0]]],[[[40,0],[41,0],[41,1],[40,0]]]]}}]}");
    Files.writeString(outline.getParent().resolve("package.json"), "{\"version\":\"9.9.9\"}");
    store = Store.open(Corpus.build(dir.resolve("corpus.db")).toString());
    server =
        Server.start(
            store, "127.0.0.1", 0, outline, new PrintStream(LOG, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static Got get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Got(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
    Got g = get(pathAndQuery);
    assertThat(g.status()).as(pathAndQuery + ": " + g.body()).isEqualTo(200);
    assertThat(g.type()).as(pathAndQuery).startsWith("application/");
    assertThat(g.type()).as(pathAndQuery).contains("json");
    return g.json();
  }

  static String refused(String pathAndQuery, int status) throws IOException, InterruptedException {
    Got g = get(pathAndQuery);
    assertThat(g.status()).as(pathAndQuery + ": " + g.body()).isEqualTo(status);
    assertThat(g.type()).isEqualTo("application/json");
    String error = g.json().path("error").asText();
    assertThat(error)
        .as(pathAndQuery)
        .isNotBlank()
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    return error;
  }

  @Test
  void overviewCountsTheCorpus() throws Exception {
    JsonNode o = ok("/api/overview");
    assertThat(o.path("articles").asLong()).isEqualTo(3);
    assertThat(o.path("quotes").asLong()).isEqualTo(3);
    assertThat(o.path("top_speakers").get(0).asText()).isEqualTo("Ryan Dillon (3)");
  }

  @Test
  void eventsAreReconciledAndFilteredLikeTheCommand() throws Exception {
    JsonNode all = ok("/api/events");
    // the two reports of 2 February are one event; 20 March is another
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.get(0).path("reports").size()).isEqualTo(2);
    assertThat(all.get(0).path("place").asText()).isEqualTo("Raqqa");
    assertThat(ok("/api/events?from=2018-03-01").size()).isEqualTo(1);
    assertThat(ok("/api/events?to=2018-03-01&type=air%2Fdrone").size()).isEqualTo(1);
    assertThat(ok("/api/events?type=battles").size()).isZero();
    assertThat(ok("/api/events?actor=coalition&place=raqq").size()).isEqualTo(2);
    assertThat(ok("/api/events?near=35.9,39.0&within=20").size()).isEqualTo(2);
    assertThat(ok("/api/events?near=Raqqa").size()).isEqualTo(2);
    assertThat(ok("/api/events?limit=1").size()).isEqualTo(1);
  }

  @Test
  void eventsAsGeoJson() throws Exception {
    Got g = get("/api/events.geojson");
    assertThat(g.status()).isEqualTo(200);
    assertThat(g.type()).isEqualTo("application/geo+json");
    JsonNode fc = g.json();
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    List<String> coordinates = new ArrayList<>();
    for (JsonNode f : fc.path("features")) {
      if (f.path("properties").path("kind").asText().equals("event")) {
        coordinates.add(f.path("geometry").path("coordinates").toString());
      }
    }
    assertThat(coordinates).hasSize(2).allMatch(c -> c.equals("[39.01,35.95]"));
  }

  @Test
  void quotesBySpeaker() throws Exception {
    JsonNode all = ok("/api/quotes");
    assertThat(all.size()).isEqualTo(3);
    assertThat(all.get(0).path("text").asText()).isEqualTo("About 400 fighters fled the city,");
    assertThat(all.get(0).path("cue").asText()).isEqualTo("said");
    assertThat(all.get(0).path("certainty").asText()).isEqualTo("believed");
    assertThat(all.get(0).path("article_id").asLong()).isPositive();
    assertThat(ok("/api/quotes?speaker=dillon&limit=2").size()).isEqualTo(2);
    assertThat(ok("/api/quotes?speaker=nobody-of-that-name").size()).isZero();
  }

  @Test
  void movementsEstimatesSearchFailuresPlacesArticles() throws Exception {
    JsonNode moves = ok("/api/movements?who=fighters&from=2018-03-01");
    assertThat(moves.size()).isEqualTo(1);
    assertThat(moves.get(0).path("count_low").asDouble()).isEqualTo(36.0);

    JsonNode groups = ok("/api/estimates?counts=fighters");
    assertThat(groups.size()).isEqualTo(1);
    assertThat(groups.get(0).path("estimates").size()).isEqualTo(3);
    assertThat(ok("/api/estimates?counts=tanks").size()).isZero();

    JsonNode hits = ok("/api/search?q=differed");
    assertThat(hits.size()).isEqualTo(1);
    assertThat(hits.get(0).path("doc_id").asText()).isEqualTo("a3");
    assertThat(hits.get(0).path("snippet").asText()).contains("[differed]");

    JsonNode failures = ok("/api/failures");
    assertThat(failures.size()).isEqualTo(1);
    assertThat(failures.get(0).path("reason").asText()).isEqualTo("not JSON");

    JsonNode places = ok("/api/places");
    assertThat(places.size()).isEqualTo(1);
    assertThat(places.get(0).path("articles").asInt()).isEqualTo(3);

    JsonNode articles = ok("/api/articles?limit=2");
    assertThat(articles.size()).isEqualTo(2);
    assertThat(articles.get(0).path("doc_id").asText()).isEqualTo("a3");
  }

  @Test
  void anArticleComesWithItsTextAndSpansThatSliceIt() throws Exception {
    long id = -1;
    for (JsonNode a : ok("/api/articles")) {
      if (a.path("doc_id").asText().equals("a2")) {
        id = a.path("id").asLong();
      }
    }
    JsonNode a = ok("/api/articles/" + id);
    String text = a.path("text").asText();
    assertThat(text).contains("<script>alert(1)</script>");
    assertThat(a.path("record").path("document").path("id").asText()).isEqualTo("a2");
    Set<String> kinds = new LinkedHashSet<>();
    for (JsonNode h : a.path("highlights")) {
      int start = h.path("start").asInt();
      int end = h.path("end").asInt();
      assertThat(text.substring(start, end)).as(h.toString()).isEqualTo(h.path("text").asText());
      assertThat(h.path("component").asText()).as(h.toString()).isNotBlank();
      kinds.add(h.path("kind").asText());
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "quote", "speaker", "time", "place", "quantity", "event", "movement");
    JsonNode speaker = null;
    for (JsonNode h : a.path("highlights")) {
      if (h.path("kind").asText().equals("speaker")) {
        speaker = h;
      }
    }
    assertThat(speaker.path("text").asText()).isEqualTo("Ryan Dillon");
    assertThat(speaker.path("component").asText()).isEqualTo("entity.v1");
  }

  @Test
  void badParametersAre400sThatSayWhatIsAllowed() throws Exception {
    assertThat(refused("/api/events?from=2018-02-30", 400))
        .contains("from: '2018-02-30' is not a date")
        .contains("YYYY-MM-DD");
    assertThat(refused("/api/events?colour=red", 400))
        .contains("unknown parameter 'colour'")
        .contains("allowed: actor, from, limit, near, place, to, type, within");
    assertThat(refused("/api/quotes?limit=lots", 400))
        .contains("allowed: a whole number from 1 to 10000");
    assertThat(refused("/api/events?near=Atlantis", 400)).contains("no place with coordinates");
    assertThat(refused("/api/events?within=5", 400)).contains("needs near");
    assertThat(refused("/api/search", 400)).contains("q:");
    assertThat(refused("/api/overview?x=1", 400)).contains("allowed: none");
    assertThat(refused("/api/articles/abc", 400)).contains("allowed: a number");
  }

  @Test
  void unknownIdsAndPathsAre404s() throws Exception {
    assertThat(refused("/api/articles/987654", 404)).isEqualTo("no article with id 987654");
    assertThat(refused("/api/nothing", 404)).contains("/api/events");
    assertThat(refused("/secret.txt", 404)).contains("the UI is at /");
    assertThat(refused("/../pom.xml", 404)).contains("the UI is at /");
  }

  @Test
  void onlyReadsAreAllowed() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void theOutlineMergesEveryCountryRounded() throws Exception {
    Got g = get("/api/outline");
    assertThat(g.status()).isEqualTo(200);
    assertThat(g.type()).isEqualTo("application/geo+json");
    JsonNode fc = g.json();
    assertThat(fc.path("features").size()).isEqualTo(2);
    assertThat(fc.path("properties").path("version").asText()).isEqualTo("9.9.9");
    assertThat(fc.path("properties").path("credit").asText()).contains("ODbL");
    JsonNode ring = fc.path("features").get(0).path("geometry").path("coordinates").get(0).get(0);
    // 10.001,20.004 and 10.002,20.001 are one point at 0.01°; the ring still closes
    assertThat(ring.toString())
        .isEqualTo("[[10.0,20.0],[12.5,20.0],[12.5,22.0],[10.0,22.0],[10.0,20.0]]");
    assertThat(fc.path("features").get(1).path("geometry").path("coordinates").size()).isEqualTo(2);
  }

  @Test
  void withoutOutlinesTheMapIsToldWhy() throws Exception {
    try (Server bare =
        Server.start(store, "127.0.0.1", 0, dir.resolve("absent"), new PrintStream(LOG, true))) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(bare.uri().resolve("/api/outline")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(r.body()).path("error").asText()).contains("./sitrep setup");
      assertThat(bare.outlineMissingReason()).contains("world-countries");
    }
  }

  @Test
  void theUiAndItsModulesAreServed() throws Exception {
    Got index = get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.type()).isEqualTo("text/html; charset=utf-8");
    assertThat(index.body()).contains("<script type=\"module\" src=\"app.js\">");
    assertThat(index.body()).doesNotContain("http://").doesNotContain("https://");
    Got css = get("/style.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.type()).startsWith("text/css");
    // every module the UI imports is served, and none loads anything from elsewhere
    Set<String> modules = new LinkedHashSet<>(List.of("app.js"));
    Set<String> seen = new LinkedHashSet<>();
    Pattern imports = Pattern.compile("from '\\./([a-z-]+\\.js)'");
    while (!modules.isEmpty()) {
      String m = modules.iterator().next();
      modules.remove(m);
      if (!seen.add(m)) {
        continue;
      }
      Got js = get("/" + m);
      assertThat(js.status()).as(m).isEqualTo(200);
      assertThat(js.type()).as(m).isEqualTo("text/javascript; charset=utf-8");
      assertThat(js.body()).as(m).doesNotContain("https://").doesNotContain("innerHTML");
      assertThat(js.body()).as(m).doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML");
      Matcher i = imports.matcher(js.body());
      while (i.find()) {
        modules.add(i.group(1));
      }
    }
    assertThat(seen)
        .contains("app.js", "dom.js", "map.js", "timeline.js", "quotes.js", "article.js");
  }

  @Test
  void everyEndpointTheUiFetchesExists() throws Exception {
    Pattern fetched = Pattern.compile("`?'?(api/[a-z.]+)");
    Set<String> paths = new LinkedHashSet<>();
    for (String m : List.of("app.js", "map.js", "timeline.js", "quotes.js", "article.js")) {
      try (InputStream in = Server.class.getResourceAsStream("/org/sitrep/app/serve/web/" + m)) {
        Matcher f = fetched.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (f.find()) {
          paths.add(f.group(1));
        }
      }
    }
    assertThat(paths).contains("api/events", "api/outline", "api/articles", "api/quotes");
    for (String p : paths) {
      int status = get("/" + p + (p.equals("api/search") ? "?q=raqqa" : "")).status();
      assertThat(status).as(p).isEqualTo(200);
    }
  }

  @Test
  void serverErrorsStayInTheLog() throws Exception {
    assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("failed:");
  }
}
