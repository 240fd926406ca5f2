package org.sitrep.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.sitrep.app.io.RecordJson;
import org.sitrep.store.Store;

/**
 * The HTTP server of {@code sitrep serve}: the JSON API under {@code /api/}, the country outline at
 * {@code /api/outline}, and the web UI's static files from the jar. Built on the JDK's own {@code
 * com.sun.net.httpserver}: a read-only API of a dozen routes needs no framework and no extra jars.
 */
public final class Server implements AutoCloseable {
  private static final String WEB = "/org/sitrep/app/serve/web/";

  /** Content types of the UI's files, by extension. */
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "ico", "image/x-icon");

  /** Bodies larger than this are gzipped for clients that accept it (the outline: 1 MB to 0.3). */
  private static final int GZIP_ABOVE = 8192;

  private final HttpServer http;
  private final ExecutorService pool;
  private final Api api;
  private final ObjectMapper json = RecordJson.mapper();
  private final WorldOutline.Outline outline;
  private final PrintStream log;

  private Server(HttpServer http, Store store, WorldOutline.Outline outline, PrintStream log) {
    this.http = http;
    this.api = new Api(store, json);
    this.outline = outline;
    this.log = log;
    this.pool = Executors.newFixedThreadPool(4);
    http.setExecutor(pool);
    http.createContext("/", this::handle);
  }

  /**
   * Starts serving {@code store} on {@code host}:{@code port} (0 picks a free port), with the
   * country outlines read from {@code outlineDir} (the world-countries package's {@code data}
   * folder; null or missing draws a graticule only); server errors are logged to {@code log}.
   */
  public static Server start(Store store, String host, int port, Path outlineDir, PrintStream log)
      throws IOException {
    WorldOutline.Outline outline = WorldOutline.load(outlineDir, RecordJson.mapper());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
    Server s = new Server(http, store, outline, log);
    http.start();
    return s;
  }

  /** The address to open in a browser. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getHostString();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** Why the map has no country outlines, or null when it has them. */
  public String outlineMissingReason() {
    return outline.missingReason();
  }

  /** Stops serving (requests in flight get a second to finish). */
  @Override
  public void close() {
    http.stop(1);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(
            ex,
            405,
            "application/json",
            error("method " + method + " is not allowed (allowed: GET, HEAD)"));
        return;
      }
      String path = ex.getRequestURI().getPath();
      try {
        if (path.equals("/api/outline")) {
          if (outline.available()) {
            send(ex, 200, "application/geo+json", outline.geojson());
          } else {
            send(ex, 404, "application/json", error(outline.missingReason()));
          }
        } else if (path.startsWith("/api/")) {
          Api.Answer a = api.get(path, ex.getRequestURI().getRawQuery());
          byte[] body = a.bytes() != null ? a.bytes() : json.writeValueAsBytes(a.value());
          send(ex, 200, a.contentType(), body);
        } else {
          asset(ex, path);
        }
      } catch (HttpError e) {
        send(ex, e.status(), "application/json", error(e.getMessage()));
      } catch (RuntimeException e) {
        // the client gets a short message; the details go to the server's log only
        log.println("sitrep serve: " + method + " " + ex.getRequestURI() + " failed:");
        e.printStackTrace(log);
        send(
            ex,
            500,
            "application/json",
            error("internal error while answering " + path + "; see the server's log"));
      }
    }
  }

  private void asset(HttpExchange ex, String path) throws IOException {
    String name = path.equals("/") ? "index.html" : path.substring(1);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (type == null || !name.matches("[a-z0-9-]+\\.[a-z]+")) {
      throw HttpError.notFound("no page " + path + " (the UI is at /)");
    }
    try (InputStream in = Server.class.getResourceAsStream(WEB + name)) {
      if (in == null) {
        throw HttpError.notFound("no page " + path + " (the UI is at /)");
      }
      send(ex, 200, type, in.readAllBytes());
    }
  }

  private byte[] error(String message) {
    try {
      return json.writeValueAsBytes(Map.of("error", message));
    } catch (IOException e) {
      return "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
    String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
    if (body.length > GZIP_ABOVE && accept != null && accept.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 4);
      try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
        z.write(body);
      }
      body = zipped.toByteArray();
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    ex.getResponseHeaders().set("Vary", "Accept-Encoding");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
