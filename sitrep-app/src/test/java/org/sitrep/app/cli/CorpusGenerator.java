package org.sitrep.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic news corpus for the reliability test: one document per file, as plain text,
 * HTML, WARC or JSON Lines, with planted exact and near (syndicated) copies and 5% malformed files
 * (binary, invalid UTF-8, empty, 20 MB, broken HTML, truncated WARC records). The articles are made
 * from sentence patterns with many slots, so distinct articles share few word shingles.
 */
final class CorpusGenerator {
  private static final String[] PLACES = {
    "Raqqa", "Deir ez-Zor", "Idlib", "Aleppo", "Homs", "Hama", "Mosul", "Kirkuk", "Tikrit",
    "Ramadi", "Fallujah", "Sirte", "Benghazi", "Misrata", "Kandahar", "Kunduz", "Herat",
        "Mogadishu",
    "Kismayo", "Maiduguri", "Gao", "Timbuktu", "Aden", "Taiz", "Hodeidah", "Marib", "Donetsk",
    "Mariupol", "Kharkiv", "Bakhmut", "Goma", "Bunia", "Juba", "Malakal", "El Fasher", "Nyala"
  };
  private static final String[] GROUPS = {
    "government forces",
    "rebel fighters",
    "militants",
    "tribal militias",
    "coalition aircraft",
    "army units",
    "insurgents",
    "police",
    "armed men",
    "security forces",
    "drone operators",
    "paramilitary troops",
    "local defence volunteers",
    "border guards",
    "special forces"
  };
  private static final String[] WHO = {
    "a military spokesman", "the provincial governor", "a local official", "an aid worker",
    "a hospital director", "a resident", "the interior ministry", "a monitoring group",
    "a senior commander", "the United Nations office", "a police officer", "a tribal elder"
  };
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] THINGS = {
    "checkpoint",
    "market",
    "convoy",
    "bridge",
    "school",
    "base",
    "village",
    "airfield",
    "hospital",
    "depot",
    "mosque",
    "camp",
    "road",
    "oil field",
    "power station"
  };
  private static final String[] PATTERNS = {
    "%G attacked a %T near %P on %D, killing %N people, %W said.",
    "At least %N %G were killed when %G ambushed a %T outside %P late on %D.",
    "%W told reporters that %N families had fled %P since %D because %G shelled the %T.",
    "An explosion at a %T in %P wounded %N civilians on %D, according to %W.",
    "%G said they had taken the %T east of %P after %N hours of fighting on %D.",
    "\"We counted %N bodies near the %T,\" %W said by telephone from %P.",
    "Witnesses in %P described %G firing on the %T on %D while %N residents hid.",
    "%W estimated that %N %G remained around the %T north of %P.",
    "Air strikes on %D destroyed a %T in %P, and %W put the death toll at %N.",
    "By %D, roughly %N displaced people had reached the %T at %P, %W said.",
    "%G withdrew from the %T south of %P on %D, leaving %N vehicles behind, %W reported.",
    "Talks between %G and %G over %P stalled on %D after %N prisoners were not released.",
    "%N %G surrendered at the %T in %P on %D, %W confirmed.",
    "Mortar rounds struck the %T in %P twice on %D, %W said, and %N shops burned.",
    "%W accused %G of detaining %N men at a %T near %P on %D."
  };

  private final Random random;
  private int counter;

  CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** One article of {@code sentences} sentences. */
  String article(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String p = PATTERNS[random.nextInt(PATTERNS.length)];
      StringBuilder s = new StringBuilder();
      for (int c = 0; c < p.length(); c++) {
        char ch = p.charAt(c);
        if (ch == '%' && c + 1 < p.length()) {
          char slot = p.charAt(++c);
          s.append(
              switch (slot) {
                case 'G' -> pick(GROUPS);
                case 'T' -> pick(THINGS);
                case 'P' -> pick(PLACES);
                case 'D' -> pick(DAYS);
                case 'W' -> pick(WHO);
                case 'N' -> Integer.toString(2 + random.nextInt(900));
                default -> throw new IllegalStateException("slot " + slot);
              });
        } else {
          s.append(ch);
        }
      }
      sb.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
      sb.append(i % 3 == 2 ? "\n\n" : " ");
    }
    return sb.toString().strip() + " (Report " + (++counter) + ")";
  }

  private String pick(String[] xs) {
    return xs[random.nextInt(xs.length)];
  }

  /** What was written: how many files, and how many of them were planted copies or malformed. */
  record Plan(int files, int exactCopies, int nearCopies, int malformed) {}

  /** Writes {@code total} files into {@code dir}. */
  Plan write(Path dir, int total, int sentences) throws IOException {
    Files.createDirectories(dir);
    int malformed = total / 20;
    int exact = total / 100;
    int near = total / 50;
    int good = total - malformed - exact - near;
    List<String> originals = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < good; i++) {
      String text = article(sentences);
      originals.add(text);
      writeGood(dir, ++n, text);
    }
    for (int i = 0; i < exact; i++) {
      writeGood(dir, ++n, originals.get(random.nextInt(originals.size())));
    }
    for (int i = 0; i < near; i++) {
      String text = originals.get(random.nextInt(originals.size()));
      writeGood(
          dir,
          ++n,
          pick(PLACES).toUpperCase() + " (Wire) - " + text + "\n\n(Reporting by a correspondent)");
    }
    for (int i = 0; i < malformed; i++) {
      writeBad(dir, ++n, i);
    }
    return new Plan(n, exact, near, malformed);
  }

  private void writeGood(Path dir, int n, String text) throws IOException {
    String name = String.format("doc%06d", n);
    switch (n % 10) {
      case 0, 1 -> Files.writeString(dir.resolve(name + ".html"), html(text));
      case 2 ->
          Files.write(dir.resolve(name + ".warc"), warc("http://news.example/" + n, text, false));
      case 3 ->
          Files.writeString(
              dir.resolve(name + ".jsonl"),
              "{\"id\":\""
                  + name
                  + "\",\"published\":\"2018-02-04\",\"text\":"
                  + json(text)
                  + "}\n");
      default -> Files.writeString(dir.resolve(name + ".txt"), text);
    }
  }

  private void writeBad(Path dir, int n, int i) throws IOException {
    String name = String.format("doc%06d", n);
    switch (i % 6) {
      case 0 -> {
        byte[] b = new byte[2048];
        random.nextBytes(b);
        b[10] = 0;
        Files.write(dir.resolve(name + ".txt"), b);
      }
      case 1 ->
          Files.write(
              dir.resolve(name + ".txt"),
              ("Caf\u00e9 r\u00e9sistance " + article(2)).getBytes(StandardCharsets.ISO_8859_1));
      case 2 -> Files.writeString(dir.resolve(name + ".txt"), "");
      case 3 -> {
        if (i < 12) {
          try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".txt"))) {
            byte[] line = (article(1) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 20_000_000; written += line.length) {
              out.write(line);
            }
          }
        } else {
          Files.writeString(dir.resolve(name + ".txt"), " \n\t\n ");
        }
      }
      case 4 ->
          Files.writeString(
              dir.resolve(name + ".html"),
              "<html><head><script>var s = '<p>';</script><body><div><span");
      default -> {
        byte[] whole = warc("http://news.example/" + n, article(3), true);
        Files.write(dir.resolve(name + ".warc"), java.util.Arrays.copyOf(whole, whole.length / 2));
      }
    }
  }

  private static String html(String text) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>News</title>");
    sb.append("<meta property=\"article:published_time\" content=\"2018-02-04T08:00:00Z\">");
    sb.append("<meta property=\"og:site_name\" content=\"Example News\"></head><body>");
    sb.append("<nav><a href=\"/\">Home</a></nav><article>");
    for (String p : text.split("\n\n")) {
      sb.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
    }
    return sb.append("</article><footer>Example News</footer></body></html>").toString();
  }

  static byte[] warc(String url, String text, boolean asHtml) {
    String payload = asHtml ? html(text) : text;
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: "
            + (asHtml ? "text/html" : "text/plain")
            + "; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] httpBytes = http.getBytes(StandardCharsets.UTF_8);
    String head =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            + url
            + "\r\nWARC-Date: 2018-02-04T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
            + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
            + (httpBytes.length + body.length)
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[h.length + httpBytes.length + body.length + 4];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(httpBytes, 0, out, h.length, httpBytes.length);
    System.arraycopy(body, 0, out, h.length + httpBytes.length, body.length);
    System.arraycopy("\r\n\r\n".getBytes(StandardCharsets.UTF_8), 0, out, out.length - 4, 4);
    return out;
  }

  private static String json(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
