package org.sitrep.app.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Movement;
import org.sitrep.core.model.PlaceRef;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;

/** A readable, terminal-sized summary of one analysis record. */
final class Summary {
  private static final int WIDTH = 100;
  private final PrintStream out;

  Summary(PrintStream out) {
    this.out = out;
  }

  void print(AnalysisRecord r) {
    String title = r.document().title() != null ? r.document().title() : r.document().id();
    out.println("=".repeat(Math.min(WIDTH, title.length() + 4)));
    out.println("  " + title);
    out.println(
        "  "
            + (r.document().published() == null ? "date unknown" : r.document().published())
            + (r.document().source() == null ? "" : " · " + r.document().source()));
    out.println("=".repeat(Math.min(WIDTH, title.length() + 4)));
    out.printf(
        "  %d entities · %d quotes · %d claims · %d times · %d quantities · %d places · %d events ·"
            + " %d movements%n",
        r.entities().size(),
        r.quotes().size(),
        r.claims().size(),
        r.times().size(),
        r.quantities().size(),
        r.places().size(),
        r.events().size(),
        r.movements().size());
    section("Events");
    for (Event e : r.events()) {
      out.printf(
          "  • %s%s, %s, %s%s%s%n",
          e.type(),
          e.subType() == null ? "" : " / " + e.subType(),
          e.date() == null || e.date().value() == null ? "date?" : e.date().value(),
          place(e.place()),
          e.fatalities() == null ? "" : ", killed " + range(e.fatalities()),
          e.injured() == null ? "" : ", injured " + range(e.injured()));
    }
    section("Movements");
    for (Movement m : r.movements()) {
      out.printf(
          "  • %s%s: %s → %s%s%n",
          m.who(),
          m.count() == null ? "" : " (" + range(m.count()) + ")",
          place(m.from()),
          place(m.to()),
          m.source() == null ? "" : "  [" + who(m.source()) + "]");
    }
    section("Quotes");
    for (Quote q : r.quotes()) {
      out.printf("  • %-22s %s%n", who(q.speaker()) + ":", clip(quoted(q.text()), WIDTH - 28));
    }
    section("How many");
    for (Quantity q : r.quantities()) {
      out.printf(
          "  • %-34s %-18s %s%s%n",
          clip(q.text(), 34),
          range(new Range(q.low(), q.high())) + (q.unit() == null ? "" : " " + q.unit()),
          q.counts() == null ? "" : q.counts(),
          q.source() == null ? "" : "  [" + who(q.source()) + "]");
    }
    section("When");
    out.println(
        "  "
            + r.times().stream()
                .map(t -> t.text() + " = " + t.value())
                .collect(Collectors.joining(" · ")));
    section("Where");
    out.println(
        "  "
            + r.places().stream()
                .map(p -> p.name() + (p.countryCode() == null ? "" : " (" + p.countryCode() + ")"))
                .collect(Collectors.joining(" · ")));
    section("Who");
    out.println(
        "  "
            + r.entities().stream()
                .filter(e -> !e.type().equals("LOCATION"))
                .map(e -> e.name() + " [" + e.type().toLowerCase() + "]")
                .collect(Collectors.joining(" · ")));
    out.println();
  }

  private void section(String name) {
    out.println();
    out.println("  " + name);
  }

  private static String who(Source s) {
    if (s == null) {
      return "(unattributed)";
    }
    return s.name() != null ? s.name() : s.description() != null ? s.description() : "(unknown)";
  }

  private static String place(PlaceRef p) {
    return p == null ? "?" : p.name();
  }

  static String range(Range r) {
    if (r == null) {
      return "?";
    }
    String lo = r.low() == null ? null : num(r.low());
    String hi = r.high() == null ? null : num(r.high());
    if (lo != null && lo.equals(hi)) {
      return lo;
    }
    if (lo == null && hi == null) {
      return "?";
    }
    if (hi == null) {
      return "≥" + lo;
    }
    if (lo == null) {
      return "≤" + hi;
    }
    return lo + "–" + hi;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.format("%,d", (long) d) : String.format("%,.2f", d);
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** The text in quotation marks, unless it already opens with one (a direct quote's span). */
  static String quoted(String text) {
    String t = text.strip();
    return t.startsWith("“") || t.startsWith("\"") ? t : "“" + t + "”";
  }
}
