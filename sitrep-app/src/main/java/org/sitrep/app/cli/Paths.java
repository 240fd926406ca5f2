package org.sitrep.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Sitrep finds its own files: the repository root, given by the launcher. */
final class Paths {
  private Paths() {}

  /** The root: {@code -Dsitrep.root}, else the working directory. */
  static Path root() {
    String root = System.getProperty("sitrep.root");
    return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
  }

  /** {@code ../shared} beside the root, if present. */
  static Path shared() {
    Path shared = root().resolve("..").resolve("shared").normalize();
    return Files.isDirectory(shared) ? shared : null;
  }
}
