package org.sitrep.app.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.app.serve.Server;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the corpus over HTTP, a read-only JSON API and a web UI. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the corpus over HTTP: a read-only JSON API under /api/ and a web UI (map, timeline,"
          + " quotes and estimates, article view with highlighted evidence) at /.",
      "The UI needs no network: its scripts, styles and the country outlines (installed by"
          + " ./sitrep setup) are served by this command. Stop it with Ctrl-C."
    },
    footer = {
      "",
      "Examples:",
      "  sitrep serve                      # sitrep.db, http://127.0.0.1:8080/",
      "  sitrep serve --db corpus.db --port 9000",
      "  curl 'http://127.0.0.1:8080/api/events?type=battles&from=2018-01-01'"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port, 1-65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(),
          "--port: " + port + " is not a port (allowed: 1-65535, or 0 for any free port)");
    }
    if (new InetSocketAddress(host, Math.max(port, 0)).isUnresolved()) {
      throw new ParameterException(
          spec.commandLine(),
          "--host: '"
              + host
              + "' is not an address of this machine (allowed: e.g. 127.0.0.1, ::1, 0.0.0.0, or a"
              + " name that resolves to one)");
    }
    Store store = db.openExisting();
    Server server;
    try {
      server =
          Server.start(
              store,
              host,
              port,
              Paths.root().resolve("gazetteer/node_modules/world-countries/data"),
              System.err);
    } catch (BindException e) {
      store.close();
      throw new ParameterException(
          spec.commandLine(),
          "--port: cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another with --port N, or --port 0 for any free port");
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    if (server.outlineMissingReason() != null) {
      System.err.println(
          "sitrep serve: the map will draw a graticule only: " + server.outlineMissingReason());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                },
                "sitrep-serve-stop"));
    System.out.println("Serving " + db.db + " at " + server.uri() + " (Ctrl-C to stop)");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
