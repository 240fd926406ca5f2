package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.app.io.RecordJson;
import org.sitrep.core.article.Article;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.claim.ClaimAnnotator;
import org.sitrep.extract.entity.EntityAnnotator;
import org.sitrep.extract.place.PlaceAnnotator;
import org.sitrep.extract.quote.QuoteAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * Runs CoreNLP's own quote annotator with quote attribution (coreference-based, built for novels)
 * side by side with Sitrep's quote extractor on the example article and a fixed PolNeAR sample,
 * scores both with {@code score.py}, and prints the figures and speeds. Slow (about 200 tokens/s
 * for the baseline); a documented benchmark, not a CI step.
 *
 * <p>Usage: {@code QuoteBaseline SHARED_DIR [EVERY=40] [OUT_DIR=target/quote-baseline]}.
 */
public final class QuoteBaseline {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteBaseline() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    Path out = Path.of(args.length > 2 ? args[2] : "sitrep-bench/target/quote-baseline");
    Files.createDirectories(out);
    Path quotes = shared.resolve("data/quotes");
    Path seed = shared.resolve("data/seed");

    List<JsonNode> sample = read(quotes.resolve("dev.input.jsonl"), every);
    List<JsonNode> seedDocs = read(seed.resolve("input.jsonl"), 1);
    Set<String> ids = new java.util.HashSet<>();
    sample.forEach(d -> ids.add(d.path("id").asText()));
    Path goldSample = out.resolve("polnear.gold.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(goldSample, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(quotes.resolve("dev.gold.jsonl"))) {
        if (!line.isBlank() && ids.contains(JSON.readTree(line).path("id").asText())) {
          w.write(line);
          w.write('\n');
        }
      }
    }

    // Sitrep, with the quote annotator timed separately.
    CoreNlpAnnotator corenlp = new CoreNlpAnnotator();
    PlaceAnnotator places =
        PlaceAnnotator.load(PipelineOptions.defaults(Path.of(".")).gazetteerDir());
    EntityAnnotator entities = new EntityAnnotator();
    QuoteAnnotator quote = new QuoteAnnotator();
    ClaimAnnotator claim = new ClaimAnnotator();
    long[] sitrepNanos = new long[2];
    long[] tokens = new long[1];
    for (String name : List.of("polnear", "seed")) {
      List<JsonNode> docs = name.equals("seed") ? seedDocs : sample;
      try (BufferedWriter w =
          Files.newBufferedWriter(out.resolve(name + ".sitrep.jsonl"), StandardCharsets.UTF_8)) {
        for (JsonNode d : docs) {
          AnnotatedArticle a = new AnnotatedArticle(article(d));
          long t0 = System.nanoTime();
          corenlp.annotate(a);
          places.annotate(a);
          entities.annotate(a);
          long t1 = System.nanoTime();
          quote.annotate(a);
          claim.annotate(a);
          long t2 = System.nanoTime();
          sitrepNanos[0] += t1 - t0;
          sitrepNanos[1] += t2 - t1;
          tokens[0] += a.get(Layers.TOKENS).size();
          w.write(RecordJson.line(Layers.record(a)));
          w.write('\n');
        }
      }
    }

    // CoreNLP's quote attribution baseline.
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StanfordCoreNLP baseline = new StanfordCoreNLP(props);
    long baselineNanos = 0;
    for (String name : List.of("polnear", "seed")) {
      List<JsonNode> docs = name.equals("seed") ? seedDocs : sample;
      try (BufferedWriter w =
          Files.newBufferedWriter(out.resolve(name + ".corenlp.jsonl"), StandardCharsets.UTF_8)) {
        for (JsonNode d : docs) {
          String text = d.path("text").asText();
          CoreDocument doc = new CoreDocument(text);
          long t0 = System.nanoTime();
          baseline.annotate(doc);
          baselineNanos += System.nanoTime() - t0;
          w.write(JSON.writeValueAsString(record(d.path("id").asText(), text, doc.quotes())));
          w.write('\n');
        }
      }
    }

    System.out.println(
        "documents: PolNeAR dev every "
            + every
            + "th ("
            + sample.size()
            + " articles) + the example article; tokens "
            + tokens[0]);
    System.out.printf(
        "speed: Sitrep CoreNLP+place+entity %.0f tok/s, quote+claim %.3f s (%.1f %% of Sitrep's time);"
            + " CoreNLP quote baseline %.0f tok/s%n",
        tokens[0] / (sitrepNanos[0] / 1e9),
        sitrepNanos[1] / 1e9,
        100.0 * sitrepNanos[1] / (sitrepNanos[0] + sitrepNanos[1]),
        tokens[0] / (baselineNanos / 1e9));
    for (String system : List.of("corenlp", "sitrep")) {
      System.out.println(
          system
              + " PolNeAR sample: "
              + score(shared, "quotes", goldSample, out.resolve("polnear." + system + ".jsonl")));
      System.out.println(
          system
              + " example article: "
              + score(
                  shared,
                  "seed",
                  seed.resolve("gold.jsonl"),
                  out.resolve("seed." + system + ".jsonl")));
    }
  }

  private static ObjectNode record(String id, String text, List<CoreQuote> quotes) {
    ObjectNode rec = JSON.createObjectNode();
    rec.putObject("document").put("id", id).put("text", text);
    ArrayNode qs = rec.putArray("quotes");
    for (CoreQuote q : quotes) {
      ObjectNode o = qs.addObject();
      int start = q.quoteCharOffsets().first;
      int end = q.quoteCharOffsets().second;
      o.put("start", start).put("end", end).put("text", text.substring(start, end));
      o.put("kind", "direct");
      String speaker = q.canonicalSpeaker().orElse(q.speaker().orElse(null));
      ObjectNode s = o.putObject("speaker");
      s.put("name", speaker);
      o.put("component", "corenlp-quote-baseline");
    }
    return rec;
  }

  private static Article article(JsonNode d) {
    String published = d.path("published").asText("");
    LocalDate date = null;
    if (published.length() >= 10) {
      try {
        date = LocalDate.parse(published.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        date = null;
      }
    }
    return Article.of(d.path("id").asText(), d.path("text").asText(), date);
  }

  private static List<JsonNode> read(Path file, int every) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (n++ % every == 0) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  private static String score(Path shared, String task, Path gold, Path system)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "python3",
                shared.resolve("eval/score.py").toString(),
                task,
                "--gold",
                gold.toString(),
                "--system",
                system.toString())
            .redirectErrorStream(true)
            .start();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    p.waitFor();
    String summary = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (task.equals("seed")) {
      for (String l : lines) {
        if (l.startsWith("quotes:")) {
          summary = l;
        }
      }
    }
    return summary;
  }
}
