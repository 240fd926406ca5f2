package org.sitrep.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on standard error: a live bar on a terminal, a line every tenth of the way
 * otherwise (logs stay readable), nothing for a single document. The total may be an estimate: when
 * the run goes past it, it grows with the count.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final PrintStream err;
  private long total;
  private final String task;
  private final long estimate;
  private final boolean lines;
  private long done;
  private long next;

  Progress(String task, long total, boolean enabled, PrintStream err) {
    this.err = err;
    this.total = total;
    this.estimate = total;
    this.task = task;
    boolean show = enabled && total > 1;
    this.bar =
        show && System.console() != null
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build()
            : null;
    this.lines = show && bar == null;
    this.next = Math.max(1, total / 10);
  }

  synchronized void step() {
    done++;
    if (done > total) {
      total = done;
      if (bar != null) {
        bar.maxHint(total);
      }
    }
    if (bar != null) {
      bar.step();
    } else if (lines && done >= next) {
      // A line every tenth of the estimate, on past it when the estimate was low.
      if (done <= estimate) {
        err.printf("%s: %d/%d (%d%%)%n", task, done, estimate, done * 100 / estimate);
      } else {
        err.printf("%s: %d (more than the %d estimated)%n", task, done, estimate);
      }
      next = done + Math.max(1, estimate / 10);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
