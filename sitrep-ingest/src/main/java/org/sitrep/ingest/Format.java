package org.sitrep.ingest;

import java.util.Locale;

/** The kinds of source {@code sitrep ingest} reads, recognised by file name and first bytes. */
public enum Format {
  /** One plain-text article per file. */
  TEXT,
  /** One web page per file. */
  HTML,
  /** An RSS or Atom feed: one article per entry. */
  FEED,
  /** A WARC archive (optionally gzipped): one article per HTML or text response. */
  WARC,
  /** JSON Lines in the contract's input form: one article per line. */
  JSONL;

  /** The format of a file, from its name and, for ambiguous names, its first bytes. */
  static Format of(String fileName, byte[] head) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    String start =
        new String(
                head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (n.endsWith(".xml") && (start.contains("<rss") || start.contains("<feed"))) {
      return FEED;
    }
    if (start.startsWith("<?xml") && (start.contains("<rss") || start.contains("<feed"))) {
      return FEED;
    }
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return HTML;
    }
    return TEXT;
  }
}
