package org.sitrep.app.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.ingest.Item;
import org.sitrep.ingest.dedup.ContentHash;
import org.sitrep.ingest.dedup.MinHash;
import org.sitrep.ingest.dedup.NearDuplicates;
import org.sitrep.store.Store;

/**
 * Ingests items into the store: skips what is already stored (so a killed run resumes), links exact
 * and near duplicates to their originals without analysing them, analyses the rest on several
 * threads, and writes every outcome, in input order, in its own transaction.
 */
final class Ingester {
  private final java.util.function.Supplier<Pipeline> pipeline;
  private Pipeline loaded;
  private final Store store;
  private final int threads;
  private final double threshold;

  Ingester(
      java.util.function.Supplier<Pipeline> pipeline, Store store, int threads, double threshold) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.threshold = threshold;
  }

  /** What one run did. Times are summed over threads, in nanoseconds. */
  static final class Summary {
    int analysed;
    int exact;
    int near;
    int failed;
    int alreadyStored;
    int alreadyFailed;
    long analysisNanos;
    long storeNanos;
    final Map<String, Integer> reasons = new LinkedHashMap<>();

    int total() {
      return analysed + exact + near + failed + alreadyStored;
    }

    /** The documents of this batch that are stored as failures, this run or an earlier one. */
    int failures() {
      return failed + alreadyFailed;
    }

    void print(PrintStream out) {
      out.printf(
          "Ingested %d article(s); %d duplicate(s) (%d exact, %d near) linked to their originals;"
              + " %d failed; %d already stored.%n",
          analysed, exact + near, exact, near, failed, alreadyStored);
      if (alreadyFailed > 0) {
        out.printf(
            "%d of the inputs already stored had failed in an earlier run (sitrep failures).%n",
            alreadyFailed);
      }
      if (!reasons.isEmpty()) {
        out.println("Failures by reason (sitrep failures lists them):");
        reasons.forEach((r, n) -> out.printf("  %5d  %s%n", n, r));
      }
      if (analysisNanos > 0) {
        out.printf(
            "Analysis %.1f s (summed over threads), storage %.2f s (%.1f%% of analysis).%n",
            analysisNanos / 1e9, storeNanos / 1e9, 100.0 * storeNanos / analysisNanos);
      }
    }
  }

  private sealed interface Outcome {}

  private record Analysed(Store.Input in, AnalysisRecord record, long nanos) implements Outcome {}

  private record Duplicate(Store.Input in, String original, String kind, double similarity)
      implements Outcome {}

  private record Failed(Store.Input in, String reason) implements Outcome {}

  Summary run(Iterator<Item> items, Progress progress) {
    Summary summary = new Summary();
    Set<String> known = store.inputNames();
    Set<String> knownFailed = store.failedInputNames();
    Set<String> hashes = new HashSet<>();
    NearDuplicates index = new NearDuplicates(threshold);
    for (Store.Original o : store.originals()) {
      hashes.add(o.contentHash());
      if (o.fingerprint() != null) {
        index.add(o.contentHash(), MinHash.decode(o.fingerprint()));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingester::daemon);
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    try {
      while (items.hasNext() || !window.isEmpty()) {
        while (items.hasNext() && window.size() < threads * 4) {
          Item item = items.next();
          if (!known.add(item.name())) {
            summary.alreadyStored++;
            if (knownFailed.contains(item.name())) {
              summary.alreadyFailed++;
            }
            progress.step();
            continue;
          }
          window.add(decide(item, hashes, index, pool));
        }
        if (!window.isEmpty()) {
          write(await(window.removeFirst()), summary);
          progress.step();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return summary;
  }

  /** Classifies an item in input order; only originals go to the pool for analysis. */
  private Future<Outcome> decide(
      Item item, Set<String> hashes, NearDuplicates index, ExecutorService pool) {
    if (item.isFailure()) {
      return done(new Failed(new Store.Input(item.name(), null, null, null, null), item.failure()));
    }
    String text = item.article().text();
    String hash = ContentHash.of(text);
    if (hashes.contains(hash)) {
      Store.Input in = new Store.Input(item.name(), hash, null, item.article(), item.byline());
      return done(new Duplicate(in, hash, "exact", 1.0));
    }
    int[] sig = MinHash.signature(text);
    NearDuplicates.Match match = index.find(sig);
    Store.Input in =
        new Store.Input(item.name(), hash, MinHash.encode(sig), item.article(), item.byline());
    if (match != null) {
      return done(new Duplicate(in, match.key(), "near", match.similarity()));
    }
    hashes.add(hash);
    index.add(hash, sig);
    Pipeline p = pipeline();
    return pool.submit(() -> analyse(p, in));
  }

  /** The pipeline, loaded when the first article needs it (a resumed run may need none). */
  private Pipeline pipeline() {
    if (loaded == null) {
      loaded = pipeline.get();
    }
    return loaded;
  }

  private Outcome analyse(Pipeline pipeline, Store.Input in) {
    long t0 = System.nanoTime();
    try {
      AnalysisRecord r = Layers.record(pipeline.run(in.article()));
      return new Analysed(in, r, System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(in, "analysis failed: " + e);
    }
  }

  private void write(Outcome o, Summary s) {
    long t0 = System.nanoTime();
    if (o instanceof Analysed a) {
      store.saveAnalysed(a.in(), a.record(), a.nanos() / 1_000_000);
      s.analysed++;
      s.analysisNanos += a.nanos();
    } else if (o instanceof Duplicate d) {
      store.saveDuplicate(d.in(), d.original(), d.kind(), d.similarity());
      if (d.kind().equals("exact")) {
        s.exact++;
      } else {
        s.near++;
      }
    } else if (o instanceof Failed f) {
      store.saveFailure(f.in(), f.reason());
      s.failed++;
      s.reasons.merge(reasonClass(f.reason()), 1, Integer::sum);
    }
    s.storeNanos += System.nanoTime() - t0;
  }

  /** The kind of a failure: its reason up to the first colon or parenthesis. */
  static String reasonClass(String reason) {
    int cut = reason.length();
    for (char c : new char[] {':', '('}) {
      int i = reason.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return reason.substring(0, cut).strip();
  }

  private static Future<Outcome> done(Outcome o) {
    return CompletableFuture.completedFuture(o);
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "sitrep-ingest");
    t.setDaemon(true);
    return t;
  }
}
