package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;
  private final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void plainTextAndItsFailures() throws IOException {
    Item ok = reader.read(write("story.txt", "Shelling hit Aleppo on Monday.")).get(0);
    assertThat(ok.article().id()).isEqualTo("story");
    assertThat(ok.article().text()).isEqualTo("Shelling hit Aleppo on Monday.");

    assertThat(reader.read(write("empty.txt", "  \n")).get(0).failure()).startsWith("empty");
    assertThat(reader.read(write("bin.txt", new byte[] {'a', 0, 1, 2, 'b'})).get(0).failure())
        .startsWith("binary");
    assertThat(reader.read(write("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))))
        .singleElement()
        .satisfies(i -> assertThat(i.failure()).startsWith("not UTF-8"));
    SourceReader small = new SourceReader(10);
    assertThat(small.read(write("big.txt", "x".repeat(11))).get(0).failure())
        .startsWith("too large");
  }

  @Test
  void htmlPageGivesTextTitleDateBylineAndOutlet() throws IOException {
    String html =
        """
        <!DOCTYPE html><html><head><title>Ignored | Site</title>
        <meta property="og:title" content="Fighters flee Raqqa">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="article:published_time" content="2018-02-04T10:00:00Z">
        <meta name="author" content="Jane Roe">
        <script>var x = "not text";</script></head>
        <body><nav><p>Home | World</p></nav>
        <article><h1>Fighters flee Raqqa</h1>
        <p>About 400 fighters fled the city.</p><p>"They left," a spokesman said.</p></article>
        <footer><p>Copyright</p></footer></body></html>
        """;
    Item item = reader.read(write("page.html", html)).get(0);
    assertThat(item.isFailure()).isFalse();
    assertThat(item.article().title()).isEqualTo("Fighters flee Raqqa");
    assertThat(item.article().source()).isEqualTo("The Daily Example");
    assertThat(item.article().published()).isEqualTo(LocalDate.of(2018, 2, 4));
    assertThat(item.byline()).isEqualTo("Jane Roe");
    assertThat(item.article().text())
        .contains("About 400 fighters fled the city.")
        .contains("\"They left,\" a spokesman said.")
        .doesNotContain("Home")
        .doesNotContain("Copyright")
        .doesNotContain("not text");
  }

  @Test
  void brokenHtmlWithoutTextFails() throws IOException {
    Item item =
        reader.read(write("broken.html", "<html><head><script>var a=1;</script><body><div")).get(0);
    assertThat(item.failure()).startsWith("no article text");
  }

  @Test
  void rssAndAtomFeedsGiveOneArticlePerEntry() throws IOException {
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>http://w.example</link>
        <description>d</description>
        <item><title>One</title><link>http://w.example/1</link>
        <pubDate>Sun, 04 Feb 2018 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Shelling hit &lt;b&gt;Aleppo&lt;/b&gt;.&lt;/p&gt;</description></item>
        <item><title>Two</title><link>http://w.example/2</link><description></description></item>
        </channel></rss>
        """;
    List<Item> items = reader.read(write("wire.rss", rss));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).article().text()).isEqualTo("Shelling hit Aleppo.");
    assertThat(items.get(0).article().published()).isEqualTo(LocalDate.of(2018, 2, 4));
    assertThat(items.get(0).article().source()).isEqualTo("Wire");
    assertThat(items.get(0).article().url()).isEqualTo("http://w.example/1");
    assertThat(items.get(1).failure()).startsWith("empty");

    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:a</id>
        <updated>2018-02-05T00:00:00Z</updated>
        <entry><title>Three</title><id>urn:a:3</id><updated>2018-02-05T00:00:00Z</updated>
        <author><name>A. Writer</name></author>
        <content type="html">&lt;p&gt;Clashes in Afrin.&lt;/p&gt;</content></entry></feed>
        """;
    Item entry = reader.read(write("feed.xml", atom)).get(0);
    assertThat(entry.article().text()).isEqualTo("Clashes in Afrin.");
    assertThat(entry.byline()).isEqualTo("A. Writer");
    assertThat(entry.article().published()).isEqualTo(LocalDate.of(2018, 2, 5));
  }

  @Test
  void warcResponsesAndATruncatedRecord() throws IOException {
    String page =
        "<html><head><title>Strike</title></head><body><p>Air strikes hit Idlib.</p></body></html>";
    byte[] whole = Warc.response("http://n.example/a", page);
    Path ok = write("crawl.warc", whole);
    assertThat(reader.read(ok))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.article().text()).isEqualTo("Air strikes hit Idlib.");
              assertThat(i.article().url()).isEqualTo("http://n.example/a");
              assertThat(i.article().published()).isEqualTo(LocalDate.of(2018, 2, 4));
            });
    byte[] both = new byte[whole.length * 2 - 40];
    System.arraycopy(whole, 0, both, 0, whole.length);
    System.arraycopy(whole, 0, both, whole.length, whole.length - 40);
    List<Item> items = reader.read(write("cut.warc", both));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).isFailure()).isFalse();
    assertThat(items.get(1).failure()).contains("broken WARC record");
  }

  @Test
  void jsonLinesInTheContractsInputForm() throws IOException {
    Path f =
        write(
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"Clashes.\",\"published\":\"2018-02-04\",\"source\":\"W\"}\n"
                + "\n{\"id\":\"b\"}\nnot json\n{\"id\":\"c\",\"text\":\"x\",\"published\":\"soon\"}\n");
    List<Item> items = reader.read(f);
    assertThat(items)
        .extracting(Item::name)
        .containsExactly(f + ":1", f + ":3", f + ":4", f + ":5");
    assertThat(items.get(0).article().published()).isEqualTo(LocalDate.of(2018, 2, 4));
    assertThat(items.get(0).article().source()).isEqualTo("W");
    assertThat(items.get(1).failure()).isEqualTo("missing \"id\" or \"text\" (both are required)");
    assertThat(items.get(2).failure()).startsWith("not JSON");
    assertThat(items.get(3).failure()).contains("ISO date");
  }

  @Test
  void jsonLinesKeepIngestsOwnMessageForAMissingIdAndTheByline() throws IOException {
    Path f =
        write(
            "by.jsonl",
            "{\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"Clashes.\",\"byline\":\"J. Doe\"}\n");
    List<Item> items = reader.read(f);
    assertThat(items.get(0).failure()).isEqualTo("missing \"id\" or \"text\" (both are required)");
    assertThat(items.get(1).byline()).isEqualTo("J. Doe");
    assertThat(items.get(1).article().id()).isEqualTo("a");
  }

  @Test
  void directoriesAreWalkedInNameOrderWithoutHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("d/sub"));
    write("d/b.txt", "b");
    write("d/sub/a.txt", "a");
    write("d/.hidden", "h");
    assertThat(SourceReader.expand(List.of(dir.resolve("d"))))
        .containsExactly(dir.resolve("d/b.txt"), dir.resolve("d/sub/a.txt"));
  }

  @Test
  void documentsAreReadLazilyFileByFileAndRecordByRecord() throws IOException {
    Files.createDirectories(dir.resolve("d/sub"));
    Files.createDirectories(dir.resolve("d/.hidden"));
    Path lines =
        write("d/a.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
    Path empty = write("d/b.txt", "");
    Path text = write("d/sub/c.txt", "Three.");
    write("d/.hidden/x.txt", "hidden directory");
    try (Documents docs = reader.documents(List.of(dir.resolve("d")))) {
      assertThat(docs.next().name()).isEqualTo(lines + ":1");
      assertThat(docs.files()).as("nothing beyond the first file is opened yet").isEqualTo(1);
      assertThat(docs.next().name()).isEqualTo(lines + ":2");
      assertThat(docs.next().failure()).as(empty.toString()).startsWith("empty");
      assertThat(docs.next().article().text()).isEqualTo("Three.");
      assertThat(docs.hasNext()).isFalse();
      assertThat(docs.files()).isEqualTo(3);
    }
    assertThat(text).exists();
    assertThat(SourceReader.estimate(List.of(dir.resolve("d")))).isEqualTo(4);
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("d/sub"));
    assertThat(SourceReader.expand(List.of(link))).containsExactly(link.resolve("c.txt"));
  }
}
