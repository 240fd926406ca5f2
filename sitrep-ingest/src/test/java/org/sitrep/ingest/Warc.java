package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;

/** Builds WARC/1.0 response records for tests (ISO 28500 framing). */
final class Warc {
  private Warc() {}

  static byte[] response(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.UTF_8), body);
    String head =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            + url
            + "\r\nWARC-Date: 2018-02-04T12:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    return concat(
        concat(head.getBytes(StandardCharsets.UTF_8), block),
        "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
