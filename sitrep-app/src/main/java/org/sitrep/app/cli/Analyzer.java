package org.sitrep.app.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.app.io.Input;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;

/**
 * Runs the pipeline over inputs on several threads and hands the records on in input order. A
 * document that fails is reported on standard error with its reason and counted; the run goes on.
 */
final class Analyzer {
  private final Pipeline pipeline;
  private final int threads;
  private final PrintStream err;

  Analyzer(Pipeline pipeline, int threads, PrintStream err) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.err = err;
  }

  /** The outcome of one run. */
  record Counts(int analysed, int failed) {}

  private record Outcome(Input input, AnalysisRecord record, String failure) {}

  Counts run(Iterator<Input> inputs, Consumer<AnalysisRecord> sink, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Analyzer::daemon);
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int analysed = 0;
    int failed = 0;
    try {
      while (inputs.hasNext() || !window.isEmpty()) {
        while (inputs.hasNext() && window.size() < threads * 4) {
          Input in = inputs.next();
          window.add(pool.submit(() -> analyse(in)));
        }
        Outcome o = await(window.removeFirst());
        if (o.failure() != null) {
          failed++;
          err.println("sitrep: " + o.input().name() + ": " + o.failure());
        } else {
          analysed++;
          sink.accept(o.record());
        }
        progress.step();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Counts(analysed, failed);
  }

  private Outcome analyse(Input in) {
    if (in.isFailure()) {
      return new Outcome(in, null, in.failure());
    }
    try {
      return new Outcome(in, Layers.record(pipeline.run(in.article())), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(in, null, "analysis failed: " + e);
    }
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
    Thread t = new Thread(r, "sitrep-worker");
    t.setDaemon(true);
    return t;
  }
}
