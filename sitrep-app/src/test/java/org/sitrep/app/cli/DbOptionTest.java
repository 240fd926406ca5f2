package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} of the commands that read the corpus. */
class DbOptionTest {

  @Test
  void aCorpusThatIsNotThereIsAnErrorNotANewEmptyCorpus(@TempDir Path dir) {
    Path db = dir.resolve("typo.db");
    for (String command : new String[] {"export", "events", "quotes", "search", "serve"}) {
      String[] args =
          switch (command) {
            case "export" -> new String[] {command, "--db", db.toString(), "--format", "jsonl"};
            case "search" -> new String[] {command, "raqqa", "--db", db.toString()};
            default -> new String[] {command, "--db", db.toString()};
          };
      AnalyzeCommandTest.Run r = AnalyzeCommandTest.run(args);
      assertThat(r.status()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("--db: no corpus at " + db);
    }
    assertThat(db).doesNotExist();
  }
}
