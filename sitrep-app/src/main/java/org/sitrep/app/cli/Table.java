package org.sitrep.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded to their widest cell, long cells clipped. */
final class Table {
  private final List<String> header;
  private final int[] max;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these columns; {@code max[i]} clips column i (0: never). */
  Table(List<String> header, int... max) {
    this.header = header;
    this.max = max;
  }

  void add(Object... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String s = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ");
      int m = i < max.length ? max[i] : 0;
      row.add(m > 0 && s.length() > m ? s.substring(0, m - 1) + "…" : s);
    }
    rows.add(row);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintStream out) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    line(out, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width);
    for (List<String> r : rows) {
      line(out, r, width);
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(cells.get(i));
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(width[i] - cells.get(i).length()));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
