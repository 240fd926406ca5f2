package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TextCheck check;

  /** A reader that refuses documents over {@code maxBytes}. */
  public SourceReader(long maxBytes) {
    this.check = new TextCheck(maxBytes);
  }

  /** The files under {@code paths}: directories recursively, hidden files skipped, sorted. */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        throw new IOException("no such file or directory: " + p);
      }
    }
    return files;
  }

  /** Every document in {@code file}, in file order. Never throws: problems become failures. */
  public List<Item> read(Path file) {
    String name = file.toString();
    byte[] head;
    long size;
    try {
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(512);
      }
    } catch (IOException e) {
      return List.of(Item.failed(name, "cannot read: " + e.getMessage()));
    }
    Format format = Format.of(file.getFileName().toString(), head);
    try {
      List<Item> items =
          switch (format) {
            case WARC -> readWarc(file);
            case JSONL -> readJsonLines(file);
            case FEED -> readFeed(file);
            case HTML, TEXT -> {
              if (size > check.maxBytes()) {
                yield List.of(Item.failed(name, check.tooLarge(size).failure()));
              }
              byte[] bytes = Files.readAllBytes(file);
              yield List.of(
                  format == Format.HTML
                      ? html(name, stem(file), bytes, null)
                      : text(name, stem(file), bytes));
            }
          };
      // Every input file counts: one that holds no document at all is a failure, not nothing.
      return items.isEmpty()
          ? List.of(Item.failed(name, "no documents in this " + format + " file"))
          : items;
    } catch (IOException | RuntimeException e) {
      return List.of(Item.failed(name, "cannot read " + format + ": " + e));
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

  private List<Item> readJsonLines(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          items.add(jsonLine(file + ":" + n, line));
        }
      }
    }
    return items;
  }

  /** One JSON Lines record in the contract's input form. */
  Item jsonLine(String name, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Item.failed(name, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return Item.failed(name, "not a JSON object");
    }
    String id = field(node, "id");
    String text = field(node, "text");
    if (id == null || text == null) {
      return Item.failed(name, "missing \"id\" or \"text\" (both are required)");
    }
    TextCheck.Result r = check.check(text);
    if (r.failure() != null) {
      return Item.failed(name, r.failure());
    }
    LocalDate date = null;
    String pub = field(node, "published");
    if (pub != null && !pub.isBlank()) {
      try {
        date = LocalDate.parse(pub.length() > 10 ? pub.substring(0, 10) : pub);
      } catch (DateTimeParseException e) {
        return Item.failed(name, "\"published\" is not an ISO date (YYYY-MM-DD): " + pub);
      }
    }
    return Item.ok(
        name,
        new Article(
            id,
            text,
            date,
            field(node, "title"),
            field(node, "source"),
            field(node, "url"),
            field(node, "language")),
        field(node, "byline"));
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

  private List<Item> readWarc(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    int n = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        long position = reader.position();
        WarcRecord record;
        try {
          var next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          record = next.get();
          n++;
          Item item = warcRecord(file + "#" + n, record);
          if (item != null) {
            items.add(item);
          }
        } catch (IOException | RuntimeException e) {
          // A truncated or corrupt record ends the archive: what follows cannot be framed.
          items.add(
              Item.failed(
                  file + "#" + (n + 1),
                  "broken WARC record at byte " + position + ": " + e.getMessage()));
          break;
        }
      }
    }
    return items;
  }

  /** The article in one WARC record, or null for records that are not documents (requests, ...). */
  private Item warcRecord(String name, WarcRecord record) throws IOException {
    MediaType type;
    byte[] body;
    String url;
    if (record instanceof WarcResponse response) {
      var http = response.http();
      type = http.contentType();
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      body = readBody(http.body());
      url = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.payloadType();
      body = readBody(resource.body());
      url = resource.target();
    } else {
      return null;
    }
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

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String stem(Path file) {
    String f = file.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
