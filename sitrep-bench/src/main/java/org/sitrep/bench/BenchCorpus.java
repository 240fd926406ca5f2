package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.ingest.dedup.ContentHash;
import org.sitrep.ingest.dedup.MinHash;
import org.sitrep.ingest.dedup.NearDuplicates;

/**
 * Writes the corpus of the ingest benchmark: full-length articles recombined, at run time, from the
 * paragraphs of real news articles (the dev inputs of the shared data; nothing is copied into the
 * repository), in mixed formats (plain text, HTML, multi-record WARC archives, multi-line JSON
 * Lines), with planted exact copies (1%), syndicated near copies (2%: new dateline, a paragraph
 * dropped, a credit line) and 5% malformed documents (random binary, Latin-1 instead of UTF-8,
 * empty or blank, two of 20 MB, HTML with no text, WARC records cut in half), all interleaved.
 */
final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+");
  private static final String[] DATELINES = {
    "BEIRUT", "BAGHDAD", "KABUL", "NAIROBI", "KYIV", "GENEVA", "CAIRO", "ISTANBUL", "AMMAN", "DAKAR"
  };
  private static final int WARC_PER_FILE = 25;
  private static final int JSONL_PER_FILE = 100;
  private static final int FILES_PER_FOLDER = 1000;

  /**
   * What was written. Every count is of documents (one input item each); {@code redrawn} counts the
   * articles drawn again because the duplicate detector took them for a copy of an earlier one (the
   * source data hold some near-identical reports), or a syndicated copy it did not recognise.
   */
  record Plan(
      int documents, int files, int exact, int near, int malformed, long words, int redrawn) {
    int analysed() {
      return documents - exact - near - malformed;
    }
  }

  private enum Kind {
    ORIGINAL,
    EXACT,
    NEAR,
    MALFORMED
  }

  private final Random random;
  private final List<String> paragraphs;
  private final int minWords;

  private BenchCorpus(long seed, List<String> paragraphs, int minWords) {
    this.random = new Random(seed);
    this.paragraphs = paragraphs;
    this.minWords = minWords;
  }

  /**
   * A generator over the paragraphs of every {@code dev.input.jsonl} under {@code data}: each
   * article has at least {@code minWords} words.
   */
  static BenchCorpus from(Path data, long seed, int minWords) throws IOException {
    Set<String> pool = new LinkedHashSet<>();
    List<Path> inputs;
    try (Stream<Path> s = Files.list(data)) {
      inputs =
          s.map(d -> d.resolve("dev.input.jsonl")).filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : inputs) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        for (String para : n.path("text").asText("").split("\\n+")) {
          pool.addAll(chunks(para.strip()));
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : pool) {
      if (words(p) >= 25) {
        paragraphs.add(p);
      }
    }
    if (paragraphs.size() < 100) {
      throw new IOException("too few paragraphs under " + data + ": " + paragraphs.size());
    }
    return new BenchCorpus(seed, paragraphs, minWords);
  }

  /** How many distinct paragraphs the articles are made from. */
  int paragraphs() {
    return paragraphs.size();
  }

  /** A long paragraph (some sources have none) cut into pieces of whole sentences. */
  private static List<String> chunks(String para) {
    if (words(para) <= 150) {
      return List.of(para);
    }
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (String s : SENTENCE_END.split(para)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s);
      if (words(sb) >= 70) {
        out.add(sb.toString());
        sb.setLength(0);
      }
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }

  static int words(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** One article: distinct paragraphs drawn at random until it has {@code minWords} words. */
  private List<String> article() {
    List<String> paras = new ArrayList<>();
    Set<Integer> used = new java.util.HashSet<>();
    int n = 0;
    while (n < minWords) {
      int i = random.nextInt(paragraphs.size());
      if (used.add(i)) {
        paras.add(paragraphs.get(i));
        n += words(paragraphs.get(i));
      }
    }
    return paras;
  }

  /** A syndicated copy: a new dateline, one paragraph dropped, a credit line. */
  private String nearCopy(List<String> paras) {
    List<String> copy = new ArrayList<>(paras);
    if (copy.size() > 4) {
      copy.remove(1 + random.nextInt(copy.size() - 1));
    }
    copy.set(0, DATELINES[random.nextInt(DATELINES.length)] + " (Wire) - " + copy.get(0));
    copy.add("(Reporting by a correspondent; editing by the desk)");
    return String.join("\n\n", copy);
  }

  /** Writes {@code total} documents under {@code dir}, copies and malformed ones interleaved. */
  Plan write(Path dir, int total) throws IOException {
    int malformed = total / 20;
    int exact = total / 100;
    int near = total / 50;
    Kind[] kinds = new Kind[total];
    Arrays.fill(kinds, Kind.ORIGINAL);
    Arrays.fill(kinds, 0, exact, Kind.EXACT);
    Arrays.fill(kinds, exact, exact + near, Kind.NEAR);
    Arrays.fill(kinds, exact + near, exact + near + malformed, Kind.MALFORMED);
    List<Kind> order = new ArrayList<>(Arrays.asList(kinds));
    Collections.shuffle(order, random);
    // A copy needs an original before it: the first document is one.
    int first = order.indexOf(Kind.ORIGINAL);
    Collections.swap(order, 0, first);

    Files.createDirectories(dir);
    Writers w = new Writers(dir);
    List<List<String>> originals = new ArrayList<>();
    // The ingest's own detector keeps the plan exact: originals are distinct, copies are copies.
    NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    Set<String> hashes = new java.util.HashSet<>();
    long words = 0;
    int bad = 0;
    int redrawn = 0;
    for (int n = 1; n <= total; n++) {
      String text;
      switch (order.get(n - 1)) {
        case ORIGINAL -> {
          while (true) {
            List<String> paras = article();
            text = String.join("\n\n", paras);
            int[] sig = MinHash.signature(text);
            String hash = ContentHash.of(text);
            if (!hashes.contains(hash) && index.find(sig) == null) {
              hashes.add(hash);
              index.add(hash, sig);
              originals.add(paras);
              break;
            }
            redrawn++;
          }
        }
        case EXACT -> text = String.join("\n\n", originals.get(random.nextInt(originals.size())));
        case NEAR -> {
          while (true) {
            text = nearCopy(originals.get(random.nextInt(originals.size())));
            if (index.find(MinHash.signature(text)) != null) {
              break;
            }
            redrawn++;
          }
        }
        default -> {
          w.bad(n, bad++);
          continue;
        }
      }
      words += words(text);
      w.good(n, text);
    }
    w.close();
    return new Plan(total, w.files, exact, near, malformed, words, redrawn);
  }

  /** Places documents in files: one per text or HTML file, many per WARC or JSON Lines file. */
  private final class Writers {
    private final Path dir;
    private int files;
    private Path warc;
    private int inWarc;
    private BufferedWriter jsonl;
    private int inJsonl;

    Writers(Path dir) {
      this.dir = dir;
    }

    private Path folder(int n) throws IOException {
      return Files.createDirectories(
          dir.resolve(String.format("part%03d", (n - 1) / FILES_PER_FOLDER)));
    }

    private Path file(int n, String ext) throws IOException {
      files++;
      return folder(n).resolve(String.format("doc%06d.%s", n, ext));
    }

    void good(int n, String text) throws IOException {
      switch (n % 10) {
        case 0, 1 -> Files.writeString(file(n, "html"), html(text), StandardCharsets.UTF_8);
        case 2 -> {
          if (warc == null || inWarc == WARC_PER_FILE) {
            warc = file(n, "warc");
            inWarc = 0;
          }
          Files.write(
              warc,
              warcRecord("http://news.example/" + n, text, n % 20 == 2),
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
          inWarc++;
        }
        case 3 -> {
          if (jsonl == null || inJsonl == JSONL_PER_FILE) {
            if (jsonl != null) {
              jsonl.close();
            }
            jsonl = Files.newBufferedWriter(file(n, "jsonl"), StandardCharsets.UTF_8);
            inJsonl = 0;
          }
          LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1500));
          jsonl.write(
              JSON.writeValueAsString(
                  java.util.Map.of("id", "doc" + n, "published", day.toString(), "text", text)));
          jsonl.write('\n');
          inJsonl++;
        }
        default -> Files.writeString(file(n, "txt"), text, StandardCharsets.UTF_8);
      }
    }

    void bad(int n, int i) throws IOException {
      switch (i % 6) {
        case 0 -> {
          byte[] b = new byte[4096];
          random.nextBytes(b);
          b[10] = 0;
          Files.write(file(n, "txt"), b);
        }
        case 1 ->
            Files.write(
                file(n, "txt"),
                ("Caf\u00e9 r\u00e9sistance. " + String.join("\n\n", article()))
                    .getBytes(StandardCharsets.ISO_8859_1));
        case 2 -> Files.writeString(file(n, "txt"), "");
        case 3 -> {
          if (i < 12) {
            byte[] line = (String.join(" ", article()) + "\n").getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(file(n, "txt"))) {
              for (long written = 0; written < 20_000_000; written += line.length) {
                out.write(line);
              }
            }
          } else {
            Files.writeString(file(n, "txt"), " \n\t\n ");
          }
        }
        case 4 ->
            Files.writeString(
                file(n, "html"), "<html><head><script>var s = '<p>';</script><body><div><span");
        default -> {
          // A truncated record ends its archive, so it gets an archive of its own.
          byte[] whole =
              warcRecord("http://news.example/" + n, String.join("\n\n", article()), true);
          Files.write(file(n, "warc"), Arrays.copyOf(whole, whole.length / 2));
        }
      }
    }

    void close() throws IOException {
      if (jsonl != null) {
        jsonl.close();
      }
    }
  }

  private static String html(String text) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>");
    String first = text.split("\n\n", 2)[0];
    sb.append(escape(first.length() > 80 ? first.substring(0, 80) : first)).append("</title>");
    sb.append("<meta property=\"article:published_time\" content=\"2018-02-04T08:00:00Z\">");
    sb.append("<meta property=\"og:site_name\" content=\"Example News\"></head><body>");
    sb.append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>");
    for (String p : text.split("\n\n")) {
      sb.append("<p>").append(escape(p)).append("</p>\n");
    }
    return sb.append("</article><footer>Example News</footer></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] warcRecord(String url, String text, boolean asHtml) {
    byte[] body = (asHtml ? html(text) : text).getBytes(StandardCharsets.UTF_8);
    byte[] http =
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + (asHtml ? "text/html" : "text/plain")
                + "; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
                + url
                + "\r\nWARC-Date: 2018-02-04T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length + body.length)
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + http.length + body.length + 4];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(http, 0, out, head.length, http.length);
    System.arraycopy(body, 0, out, head.length + http.length, body.length);
    out[out.length - 4] = '\r';
    out[out.length - 3] = '\n';
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }
}
