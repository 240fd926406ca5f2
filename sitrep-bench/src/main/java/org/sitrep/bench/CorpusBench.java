package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sitrep.app.io.Input;
import org.sitrep.app.io.InputReader;
import org.sitrep.app.io.TextDecoder;
import org.sitrep.core.article.Article;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.PipelineOptions;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The corpus benchmark: tokens per second of Sitrep's full analysis and of CoreNLP's default {@code
 * tokenize,ssplit,pos,lemma,ner} on the same texts, in one run, with the ratio; the scaling from
 * one to two threads; each annotator's share of the time; peak heap. Run it with {@code ./sitrep
 * bench [FILE.jsonl] [--docs N] [--repeat N]}: after warm-up passes that last until the JIT
 * compiler has settled, one- and two-thread runs alternate N times (3 by default) and their medians
 * are reported, with each run's CPU, JIT and GC cost and, for two threads, how long one worker
 * idled at the end.
 */
public final class CorpusBench {
  private CorpusBench() {}

  /** Runs the benchmark and prints a report. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("sitrep.root", "."));
    BenchOptions options;
    try {
      options =
          BenchOptions.parse(
              args, root.resolve("../shared/data/quotes/dev.input.jsonl").normalize());
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep bench: " + e.getMessage() + "\n\n" + BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    Path input = options.input();
    int repeat = options.repeat();
    List<Article> articles = read(input, options.docs());
    System.out.printf("corpus: %s, %d documents%n", input.getFileName(), articles.size());

    long t0 = System.nanoTime();
    Pipeline sitrep = StandardPipeline.create(PipelineOptions.defaults(root));
    System.out.printf("sitrep pipeline load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    StanfordCoreNLP baseline = CoreNlp.pipeline(CoreNlpConfig.COMPLETE_DEFAULTS);
    System.out.printf("corenlp default pipeline load: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    long tokens = 0;
    for (Article a : articles) {
      tokens += sitrep.run(a).get(Layers.TOKENS).size(); // also the first warm-up pass
    }
    int warmups = warmUp(sitrep, articles);
    for (Article a : articles.subList(0, Math.min(10, articles.size()))) {
      baseline.annotate(new Annotation(a.text()));
    }
    System.out.printf("tokens: %,d (after %d warm-up passes)%n%n", tokens, warmups);

    double base =
        tokens / seconds(() -> articles.forEach(a -> baseline.annotate(new Annotation(a.text()))));
    Map<String, Long> share = new LinkedHashMap<>();
    seconds(() -> articles.forEach(a -> timed(sitrep, a, share)));
    // One and two threads alternate, so that a slow phase of a shared machine touches both; the
    // medians are compared.
    List<Double> ones = new ArrayList<>();
    List<Double> twos = new ArrayList<>();
    List<Cost> oneCosts = new ArrayList<>();
    List<Cost> twoCosts = new ArrayList<>();
    List<Double> tails = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      Cost before = Cost.now();
      ones.add(tokens / seconds(() -> articles.forEach(sitrep::run)));
      oneCosts.add(Cost.now().minus(before));
      before = Cost.now();
      double[] idle = new double[1];
      twos.add(tokens / parallel(sitrep, articles, 2, idle));
      tails.add(idle[0]);
      twoCosts.add(Cost.now().minus(before));
    }
    double one = median(ones);
    double two = median(twos);
    System.out.printf("runs (tokens/s), 1 thread: %s; 2 threads: %s%n", format(ones), format(twos));
    System.out.printf("cost per run, 1 thread:  %s%n", oneCosts);
    System.out.printf("cost per run, 2 threads: %s%n", twoCosts);
    System.out.printf(
        "2 threads, idle tail (s) between the first and the last worker's end: %s%n",
        tails.stream().map(x -> String.format("%.2f", x)).toList());

    System.out.printf(
        "CoreNLP tokenize,ssplit,pos,lemma,ner (defaults), 1 thread: %,8.0f tokens/s%n", base);
    System.out.printf(
        "Sitrep full analysis, 1 thread (median):                 %,8.0f tokens/s%n", one);
    System.out.printf(
        "Sitrep full analysis, 2 threads (median):                %,8.0f tokens/s%n", two);
    System.out.printf("ratio Sitrep / CoreNLP (1 thread): %.2f%n", one / base);
    System.out.printf("scaling 1 -> 2 threads: %.2fx%n", two / one);
    long total = share.values().stream().mapToLong(Long::longValue).sum();
    System.out.println("\nshare of Sitrep's analysis time by annotator (1 thread):");
    share.forEach((k, v) -> System.out.printf("  %-14s %5.1f%%%n", k, 100.0 * v / total));
    System.out.printf(
        "%npeak heap used: %,d MB (max %,d MB)%n",
        peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
    startup(root);
  }

  /**
   * Repeats single-thread passes until the JIT compiler spends less than 10% of a pass compiling
   * (at most six passes). CoreNLP and the extractors are a large code base whose methods become hot
   * slowly: after one pass the C2 compiler still works for 20-40% of the analysis time. In a
   * one-thread run it does so on the idle second core, in a two-thread run it takes CPU from the
   * workers, which made the measured scaling lower than the steady state's.
   */
  private static int warmUp(Pipeline p, List<Article> articles) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int passes = 1;
    while (passes < 6 && jit != null && jit.isCompilationTimeMonitoringSupported()) {
      long before = jit.getTotalCompilationTime();
      double wall = seconds(() -> articles.forEach(p::run));
      passes++;
      if ((jit.getTotalCompilationTime() - before) / 1e3 < 0.1 * wall) {
        break;
      }
    }
    return passes;
  }

  /**
   * What a run cost the process: CPU seconds of all its threads, milliseconds the JIT compiler and
   * the garbage collector worked. Unlike wall-clock time these hardly depend on the machine's load.
   */
  private record Cost(double cpuSeconds, long jitMs, long gcMs) {
    static Cost now() {
      long cpu =
          ManagementFactory.getOperatingSystemMXBean()
                  instanceof com.sun.management.OperatingSystemMXBean os
              ? os.getProcessCpuTime()
              : 0;
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      long gc =
          ManagementFactory.getGarbageCollectorMXBeans().stream()
              .mapToLong(GarbageCollectorMXBean::getCollectionTime)
              .sum();
      return new Cost(cpu / 1e9, jit == null ? 0 : jit.getTotalCompilationTime(), gc);
    }

    Cost minus(Cost earlier) {
      return new Cost(cpuSeconds - earlier.cpuSeconds, jitMs - earlier.jitMs, gcMs - earlier.gcMs);
    }

    @Override
    public String toString() {
      return String.format("CPU %.1f s, JIT %,d ms, GC %,d ms", cpuSeconds, jitMs, gcMs);
    }
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = xs.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String format(List<Double> xs) {
    return xs.stream().map(x -> String.format("%,.0f", x)).toList().toString();
  }

  private static void timed(Pipeline p, Article a, Map<String, Long> share) {
    AnnotatedArticle annotated = new AnnotatedArticle(a);
    for (Annotator an : p.annotators()) {
      long t = System.nanoTime();
      an.annotate(annotated);
      share.merge(an.name(), System.nanoTime() - t, Long::sum);
    }
  }

  private static double seconds(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e9;
  }

  /**
   * Runs the articles on {@code threads} workers in input order and returns the wall-clock seconds;
   * {@code idle[0]} receives the seconds between the first worker's last document ending and the
   * end of the run, the time a thread had nothing left to do.
   */
  private static double parallel(Pipeline p, List<Article> articles, int threads, double[] idle)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<Thread, Long> lastEnd = new ConcurrentHashMap<>();
    try {
      long t = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (Article a : articles) {
        fs.add(
            pool.submit(
                () -> {
                  p.run(a);
                  lastEnd.put(Thread.currentThread(), System.nanoTime());
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      long end = System.nanoTime();
      long firstDone =
          lastEnd.size() < threads
              ? t
              : lastEnd.values().stream().mapToLong(Long::longValue).min().orElse(end);
      idle[0] = (end - firstDone) / 1e9;
      return (end - t) / 1e9;
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  /** Start-up to first record: a fresh `sitrep analyze` process on one article. */
  private static void startup(Path root) throws IOException, InterruptedException {
    Path jar = root.resolve("sitrep-app/target/sitrep-app.jar");
    Path seed = root.resolve("../shared/data/seed/input.jsonl").normalize();
    if (!Files.exists(jar) || !Files.exists(seed)) {
      return;
    }
    long t = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "java",
                "-Xmx3g",
                "-Dsitrep.root=" + root,
                "-jar",
                jar.toString(),
                "analyze",
                "--input",
                seed.toString(),
                "--threads",
                "1")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      r.readLine();
    }
    System.out.printf(
        "start-up to first record (fresh JVM, -Xmx3g): %.1f s%n", (System.nanoTime() - t) / 1e9);
    p.waitFor();
  }

  private static List<Article> read(Path input, int max) throws IOException {
    InputReader reader = new InputReader(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES), null);
    List<Article> out = new ArrayList<>();
    Iterator<Input> it = reader.readJsonLines(input);
    while (it.hasNext() && out.size() < max) {
      Input in = it.next();
      if (!in.isFailure()) {
        out.add(in.article());
      }
    }
    return out;
  }
}
