package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * A lazy, depth-first walk over files and directories: each directory is listed, in name order,
 * when the walk reaches it; hidden files and directories are skipped, symbolic links to directories
 * are not followed (as {@link Files#walk}).
 */
final class FileWalk implements Iterator<Path> {
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Path next;

  FileWalk(List<Path> roots) {
    stack.push(List.copyOf(roots).iterator());
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path p = top.next();
      boolean root = stack.size() == 1;
      if (!root && p.getFileName().toString().startsWith(".")) {
        continue;
      }
      // A source named on the command line is followed even when it is a link.
      if (root ? Files.isDirectory(p) : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        stack.push(list(p).iterator());
      } else if (Files.isRegularFile(p)) {
        next = p;
      }
    }
    return next != null;
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path p = next;
    next = null;
    return p;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
