package org.sitrep.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The entity extractor's word lists, loaded once from tab-separated resources. */
final class Lexicon {
  /** Demonym form, lower case, to its group key and canonical adjective. */
  static final Map<String, String[]> DEMONYMS = load("demonyms.tsv", 3);

  /** Alias, normalised, to the canonical name of the actor. */
  static final Map<String, String> ALIASES = aliases();

  private Lexicon() {}

  static String[] demonym(String text) {
    return DEMONYMS.get(text.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> aliases() {
    Map<String, String> m = new HashMap<>();
    for (String[] row : rows("aliases.tsv", 3)) {
      m.put(Names.key(row[0]), row[0]);
      for (String alias : row[1].split("\\|")) {
        m.put(Names.key(alias), row[0]);
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, String[]> load(String resource, int columns) {
    Map<String, String[]> m = new HashMap<>();
    for (String[] row : rows(resource, columns)) {
      m.put(row[0].toLowerCase(Locale.ROOT), new String[] {row[1], row[2]});
    }
    return Map.copyOf(m);
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return rows;
  }
}
