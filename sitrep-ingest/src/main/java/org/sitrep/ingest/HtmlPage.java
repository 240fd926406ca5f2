package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a news page says about itself: main text, title, publication date, byline and outlet, from
 * the page and its meta tags (Open Graph, {@code article:published_time}, schema.org {@code
 * itemprop}, Dublin Core, {@code <time datetime>}).
 */
record HtmlPage(String title, String text, LocalDate published, String byline, String outlet) {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  /** Boilerplate that is never the article body. */
  private static final String NOT_BODY =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption,"
          + " .advert, .ad, .share, .related, .comments, [aria-hidden=true]";

  /** Parses {@code html}; {@code baseUri} resolves relative links and may be empty. */
  static HtmlPage parse(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title =
        first(
            meta(doc, "meta[property=og:title]"),
            meta(doc, "meta[name=twitter:title]"),
            text(doc.selectFirst("article h1")),
            text(doc.selectFirst("h1")),
            blankToNull(doc.title()));
    LocalDate published =
        date(
            meta(doc, "meta[property=article:published_time]"),
            meta(doc, "meta[itemprop=datePublished]"),
            meta(doc, "meta[name=date]"),
            meta(doc, "meta[name=dc.date]"),
            meta(doc, "meta[name=DC.date.issued]"),
            meta(doc, "meta[name=pubdate]"),
            attr(doc.selectFirst("time[datetime]"), "datetime"));
    String byline =
        first(
            meta(doc, "meta[name=author]"),
            meta(doc, "meta[property=article:author]"),
            text(doc.selectFirst("[itemprop=author]")),
            text(doc.selectFirst("[rel=author]")),
            text(doc.selectFirst(".byline")));
    String outlet =
        first(
            meta(doc, "meta[property=og:site_name]"),
            meta(doc, "meta[name=application-name]"),
            meta(doc, "meta[name=publisher]"));
    doc.select(NOT_BODY).remove();
    Element body = doc.selectFirst("article");
    if (body == null) {
      body = doc.selectFirst("main, [role=main], [itemprop=articleBody]");
    }
    if (body == null) {
      body = doc.body();
    }
    String text = "";
    if (body != null) {
      Elements paragraphs = body.select("p, h2, h3, li, blockquote");
      List<String> parts =
          paragraphs.stream()
              .filter(e -> e.parents().stream().noneMatch(paragraphs::contains))
              .map(Element::text)
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toList());
      text = parts.isEmpty() ? body.text().strip() : String.join("\n\n", parts);
    }
    return new HtmlPage(title, text, published, byline, outlet);
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The first value that starts with an ISO date (meta tags carry ISO 8601 timestamps). */
  static LocalDate date(String... values) {
    for (String v : values) {
      if (v == null) {
        continue;
      }
      Matcher m = ISO_DATE.matcher(v);
      if (m.find() && m.start() == 0) {
        try {
          return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
          // not a real date: try the next source
        }
      }
    }
    return null;
  }
}
