package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.app.io.Input;
import org.sitrep.app.io.InputReader;
import org.sitrep.app.io.TextDecoder;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;

/**
 * JMH: Sitrep's own extractors (everything after CoreNLP) on the bundled sample articles, already
 * tokenised and tagged, so the figure is the cost of Sitrep's logic alone. Run with {@code ./sitrep
 * bench --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class ExtractorBenchmark {
  private final List<AnnotatedArticle> tagged = new ArrayList<>();
  private List<Annotator> extractors;

  /** Tags the samples once with CoreNLP. */
  @Setup
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("sitrep.root", "."));
    Pipeline p = StandardPipeline.create(PipelineOptions.defaults(root));
    extractors = p.annotators().subList(1, p.annotators().size());
    Annotator corenlp = p.annotators().get(0);
    InputReader reader = new InputReader(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES), null);
    var it = reader.readJsonLines(root.resolve("samples/articles.jsonl"));
    while (it.hasNext()) {
      Input in = it.next();
      AnnotatedArticle a = new AnnotatedArticle(in.article());
      corenlp.annotate(a);
      tagged.add(a);
    }
    if (tagged.isEmpty() || !Files.exists(root.resolve("samples/articles.jsonl"))) {
      throw new IllegalStateException("no samples under " + root);
    }
  }

  /** All of Sitrep's extractors over the four samples. */
  @Benchmark
  public int extractors() {
    int n = 0;
    for (AnnotatedArticle source : tagged) {
      AnnotatedArticle a = new AnnotatedArticle(source.article());
      a.put(Layers.TOKENS, source.get(Layers.TOKENS));
      a.put(Layers.SENTENCES, source.get(Layers.SENTENCES));
      a.put(Layers.NER, source.get(Layers.NER));
      source.find(Layers.SUTIME).ifPresent(s -> a.put(Layers.SUTIME, s));
      for (Annotator x : extractors) {
        x.annotate(a);
      }
      n += a.list(Layers.ENTITIES).size();
    }
    return n;
  }
}
