package org.sitrep.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.Exporter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the corpus as records, ACLED-style CSV or GeoJSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the corpus as jsonl, acled-csv or geojson.",
      "jsonl: the contract's analysis records; acled-csv: one row per reconciled event, ACLED's columns, ACLED's conservative fatality coding; geojson: events as points, movements as lines."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      converter = FormatConverter.class,
      description = "jsonl, acled-csv or geojson.")
  Exporter.Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path output;

  /** Reads jsonl, acled-csv (or acled_csv) and geojson, in any case. */
  static final class FormatConverter
      implements picocli.CommandLine.ITypeConverter<Exporter.Format> {
    @Override
    public Exporter.Format convert(String value) {
      try {
        return Exporter.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format (allowed: jsonl, acled-csv, geojson)");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    try (Store store = db.openExisting()) {
      Writer out =
          output == null
              ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
              : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      int n;
      try {
        n = new Exporter(store).write(format, out);
      } finally {
        if (output == null) {
          out.flush();
        } else {
          out.close();
        }
      }
      System.err.printf(
          "sitrep: exported %d %s item(s)%n",
          n, format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    return 0;
  }
}
