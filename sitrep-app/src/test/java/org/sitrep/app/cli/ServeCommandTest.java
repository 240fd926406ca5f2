package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve}'s options; the server itself is tested in {@code ServerIT}. */
class ServeCommandTest {

  @Test
  void aPortOutOfRangeStopsWithTheAllowedValues(@TempDir Path dir) {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("serve", "--db", dir.resolve("c.db").toString(), "--port", "70000");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--port: 70000 is not a port (allowed: 1-65535, or 0");
  }

  @Test
  void aPortThatIsNotANumberIsAUsageError(@TempDir Path dir) {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("serve", "--db", dir.resolve("c.db").toString(), "--port", "http");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--port").contains("'http'");
  }

  @Test
  void aHostThatDoesNotResolveIsAUsageError(@TempDir Path dir) {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run(
            "serve", "--db", dir.resolve("c.db").toString(), "--host", "no-such-host.invalid");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("--host: 'no-such-host.invalid' is not an address of this machine")
        .doesNotContain("Exception");
  }

  @Test
  void theMainHelpListsServe() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("serve");
    assertThat(Main.commandLine().getSubcommands().get("serve").getUsageMessage())
        .contains("--port")
        .contains("--host")
        .contains("--db")
        .contains("/api/events");
  }
}
