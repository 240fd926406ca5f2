package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.article.Article;

/**
 * Reads the sources given to {@code sitrep ingest}: plain text, HTML pages, RSS/Atom feeds, WARC
 * archives, JSON Lines, and directories of any of these (recursively, in name order). Every
 * document comes out as one {@link Item}; a bad one as a failure with its reason.
 */
public final class SourceReader {
  /** The default per-document limit: 2 MB, far above any news article. */
  public static final long DEFAULT_MAX_BYTES = 2_000_000;

  private final TextCheck check;

  /** A reader that refuses documents over {@code maxBytes}. */
  public SourceReader(long maxBytes) {
    this.check = new TextCheck(maxBytes);
  }

  /**
   * The files under {@code paths}: directories recursively, hidden files skipped, each directory in
   * name order. Collected into a list; {@link #files} walks lazily.
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    files(paths).forEachRemaining(files::add);
    return files;
  }

  /**
   * The files under {@code paths}, walked lazily: a directory is listed only when the walk reaches
   * it, so memory holds one listing per level, not the whole tree. Every path must exist.
   */
  public static Iterator<Path> files(List<Path> paths) throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IOException("no such file or directory: " + p);
      }
    }
    return new FileWalk(paths);
  }

  /**
   * Every document in {@code sources}, read lazily: files one at a time, JSON Lines line by line,
   * WARC archives record by record, so memory stays bounded whatever the size of the sources. Close
   * it to release the file being read when not read to the end.
   */
  public Documents documents(List<Path> sources) throws IOException {
    return new Documents(files(sources), this);
  }

  /**
   * About how many documents {@code sources} hold, counted cheaply for a progress report: one per
   * file, one per non-blank line of JSON Lines; a WARC archive or feed counts one (its records are
   * only known by reading it).
   */
  public static long estimate(List<Path> sources) throws IOException {
    long n = 0;
    for (Iterator<Path> it = files(sources); it.hasNext(); ) {
      Path f = it.next();
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      n += name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Math.max(1, lines(f)) : 1;
    }
    return n;
  }

  private static long lines(Path file) throws IOException {
    long n = 0;
    boolean blank = true;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            n += blank ? 0 : 1;
            blank = true;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
      }
    }
    return blank ? n : n + 1;
  }

  /** Every document in {@code file}, in file order. Never throws: problems become failures. */
  public List<Item> read(Path file) {
    List<Item> items = new ArrayList<>();
    try (FileDocuments docs = open(file)) {
      docs.forEachRemaining(items::add);
    }
    return items;
  }

  /**
   * The documents of one file, read lazily. Never throws: problems become failures, and a file that
   * holds no document at all yields one failure (every input file counts).
   */
  FileDocuments open(Path file) {
    String name = file.toString();
    byte[] head;
    long size;
    try {
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(512);
      }
    } catch (IOException e) {
      return FileDocuments.of(
          name, null, List.of(Item.failed(name, "cannot read: " + e.getMessage())));
    }
    Format format = Format.of(file.getFileName().toString(), head);
    try {
      return switch (format) {
        case WARC -> warc(file);
        case JSONL -> jsonLines(file);
        case FEED -> FileDocuments.of(name, format, readFeed(file));
        case HTML, TEXT -> {
          if (size > check.maxBytes()) {
            yield FileDocuments.of(
                name, format, List.of(Item.failed(name, check.tooLarge(size).failure())));
          }
          byte[] bytes = Files.readAllBytes(file);
          yield FileDocuments.of(
              name,
              format,
              List.of(
                  format == Format.HTML
                      ? html(name, stem(file), bytes, null)
                      : text(name, stem(file), bytes)));
        }
      };
    } catch (IOException | RuntimeException e) {
      return FileDocuments.of(
          name, format, List.of(Item.failed(name, "cannot read " + format + ": " + e)));
    }
  }

  private Item text(String name, String id, byte[] bytes) {
    TextCheck.Result r = check.decode(bytes);
    if (r.failure() != null) {
      return Item.failed(name, r.failure());
    }
    return Item.ok(name, Article.of(id, r.text(), null), null);
  }

  private Item html(String name, String id, byte[] bytes, String url) {
    TextCheck.Result raw = check.decode(bytes);
    if (raw.failure() != null) {
      return Item.failed(name, raw.failure());
    }
    HtmlPage page;
    try {
      page = HtmlPage.parse(raw.text(), url);
    } catch (RuntimeException e) {
      return Item.failed(name, "unreadable HTML: " + e.getMessage());
    }
    TextCheck.Result r = check.check(page.text());
    if (r.failure() != null) {
      return Item.failed(name, "no article text in the page (" + r.failure() + ")");
    }
    return Item.ok(
        name,
        new Article(id, r.text(), page.published(), page.title(), page.outlet(), url, null),
        page.byline());
  }

  private FileDocuments jsonLines(Path file) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)));
    int[] n = {0};
    return new FileDocuments(file.toString(), Format.JSONL, reader) {
      @Override
      Item advance() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
          n[0]++;
          if (!line.isBlank()) {
            return jsonLine(file + ":" + n[0], line);
          }
        }
        return null;
      }
    };
  }

  /** One JSON Lines record in the contract's input form ({@link ArticleLine}). */
  Item jsonLine(String name, String line) {
    ArticleLine parsed = ArticleLine.parse(line, check, null);
    if (parsed.isMissingField()) {
      return Item.failed(name, "missing \"id\" or \"text\" (both are required)");
    }
    return parsed.failure() != null
        ? Item.failed(name, parsed.failure())
        : Item.ok(name, parsed.article(), parsed.byline());
  }

  private List<Item> readFeed(Path file) throws IOException {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(file.toFile())) {
      feed = new SyndFeedInput().build(xml);
    } catch (com.rometools.rome.io.FeedException e) {
      return List.of(
          Item.failed(file.toString(), "not a readable RSS/Atom feed: " + e.getMessage()));
    }
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String name = file + "#" + n;
      StringBuilder html = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        html.append(c.getValue()).append('\n');
      }
      if (html.length() == 0 && e.getDescription() != null) {
        html.append(e.getDescription().getValue());
      }
      String text = org.jsoup.Jsoup.parse(html.toString()).wholeText().strip();
      if (text.isEmpty()) {
        text = org.jsoup.Jsoup.parse(html.toString()).text();
      }
      TextCheck.Result r = check.check(text);
      if (r.failure() != null) {
        items.add(Item.failed(name, r.failure()));
        continue;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String id =
          e.getUri() != null
              ? e.getUri()
              : e.getLink() != null ? e.getLink() : stem(file) + "-" + n;
      items.add(
          Item.ok(
              name,
              new Article(
                  id,
                  r.text(),
                  date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                  e.getTitle(),
                  feed.getTitle(),
                  e.getLink(),
                  feed.getLanguage()),
              e.getAuthor() == null || e.getAuthor().isBlank() ? null : e.getAuthor()));
    }
    return items;
  }

  private FileDocuments warc(Path file) throws IOException {
    WarcReader reader = new WarcReader(file);
    int[] n = {0};
    boolean[] broken = {false};
    return new FileDocuments(file.toString(), Format.WARC, reader) {
      @Override
      Item advance() {
        while (!broken[0]) {
          long position = reader.position();
          try {
            var next = reader.next();
            if (next.isEmpty()) {
              return null;
            }
            n[0]++;
            Item item = warcRecord(file + "#" + n[0], next.get());
            if (item != null) {
              return item;
            }
          } catch (IOException | RuntimeException e) {
            // A truncated or corrupt record ends the archive: what follows cannot be framed.
            broken[0] = true;
            return Item.failed(
                file + "#" + (n[0] + 1),
                "broken WARC record at byte " + position + ": " + e.getMessage());
          }
        }
        return null;
      }
    };
  }

  /** The article in one WARC record, or null for records that are not documents (requests, ...). */
  private Item warcRecord(String name, WarcRecord record) throws IOException {
    MediaType type;
    org.netpreserve.jwarc.MessageBody payload;
    String url;
    if (record instanceof WarcResponse response) {
      var http = response.http();
      type = http.contentType();
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      payload = http.body();
      url = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.payloadType();
      payload = resource.body();
      url = resource.target();
    } else {
      return null;
    }
    if (payload.size() > check.maxBytes()) {
      // Refused before reading, like a file: the reader skips the body to the next record.
      return Item.failed(name, check.tooLarge(payload.size()).failure());
    }
    byte[] body = readBody(payload);
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    LocalDate warcDate = record.date().atZone(ZoneOffset.UTC).toLocalDate();
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      byte[] utf8 = recode(body, type);
      Item item = html(name, url, utf8, url);
      if (!item.isFailure() && item.article().published() == null) {
        Article a = item.article();
        // A page without a date of its own: the crawl date is the latest it can have been
        // published.
        return Item.ok(
            name,
            new Article(a.id(), a.text(), warcDate, a.title(), a.source(), a.url(), a.language()),
            item.byline());
      }
      return item;
    }
    if (base.equals("text/plain")) {
      Item item = text(name, url, recode(body, type));
      return item.isFailure()
          ? item
          : Item.ok(
              name, new Article(url, item.article().text(), warcDate, null, null, url, null), null);
    }
    return null;
  }

  /** The whole body; a record cut short (the archive ends inside it) is an error, not a text. */
  private static byte[] readBody(org.netpreserve.jwarc.MessageBody body) throws IOException {
    byte[] bytes = body.stream().readAllBytes();
    if (body.size() >= 0 && bytes.length < body.size()) {
      throw new java.io.EOFException(
          "truncated record: " + bytes.length + " of " + body.size() + " bytes");
    }
    return bytes;
  }

  /**
   * Re-encodes a payload in its declared charset as UTF-8; undeclared payloads are taken as UTF-8.
   */
  private static byte[] recode(byte[] body, MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs == null) {
      return body;
    }
    try {
      Charset charset = Charset.forName(cs);
      return charset.equals(StandardCharsets.UTF_8)
          ? body
          : new String(body, charset).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return body;
    }
  }

  /** A file's article id: its name without the last extension ("report.html" → "report"). */
  public static String stem(Path file) {
    String f = file.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
