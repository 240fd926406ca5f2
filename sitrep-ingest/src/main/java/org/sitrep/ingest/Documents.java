package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every document of a list of sources, read lazily one file at a time (see {@link
 * SourceReader#documents}). Close it to release the file being read when stopping early.
 */
public final class Documents implements Iterator<Item>, AutoCloseable {
  private final Iterator<Path> files;
  private final SourceReader reader;
  private FileDocuments current;
  private long filesOpened;

  Documents(Iterator<Path> files, SourceReader reader) {
    this.files = files;
    this.reader = reader;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (current != null) {
        current.close();
        current = null;
      }
      if (!files.hasNext()) {
        return false;
      }
      current = reader.open(files.next());
      filesOpened++;
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** How many files have been opened so far. */
  public long files() {
    return filesOpened;
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
