package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded SQLite, a file in a temporary folder. */
class StoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Store open() {
    return Store.open(dir.resolve("corpus.db").toString());
  }

  @Test
  void aPlainPathIsASqliteFile() {
    assertThat(Store.jdbcUrl("x/sitrep.db")).isEqualTo("jdbc:sqlite:x/sitrep.db");
    try (Store s = open()) {
      assertThat(s.dialect()).isEqualTo(Dialect.SQLITE);
    }
    assertThat(dir.resolve("corpus.db")).isRegularFile();
  }
}
