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
  private long done;
  private long lastTenth;

  Progress(String task, long total, boolean enabled, PrintStream err) {
    this.err = err;
    this.total = total;
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
    this.lastTenth = show && bar == null ? 0 : Long.MAX_VALUE;
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
    } else if (lastTenth != Long.MAX_VALUE && total > 0) {
      long tenth = done * 10 / total;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        err.printf("%s: %d/%d (%d%%)%n", task, done, total, done * 100 / total);
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
