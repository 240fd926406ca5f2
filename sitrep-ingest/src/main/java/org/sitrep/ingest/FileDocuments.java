package org.sitrep.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of one file, read one at a time. An error while reading becomes a failure named
 * after the file and ends the file; a file that yields no document at all yields one failure, so
 * every input file is accounted for.
 */
abstract class FileDocuments implements Iterator<Item>, AutoCloseable {
  private final String name;
  private final Format format;
  private final Closeable resource;
  private Item next;
  private boolean done;
  private int count;

  FileDocuments(String name, Format format, Closeable resource) {
    this.name = name;
    this.format = format;
    this.resource = resource;
  }

  /** Documents already read into memory (single-document files, feeds, early failures). */
  static FileDocuments of(String name, Format format, List<Item> items) {
    Iterator<Item> it = List.copyOf(items).iterator();
    return new FileDocuments(name, format, null) {
      @Override
      Item advance() {
        return it.hasNext() ? it.next() : null;
      }
    };
  }

  /** The next document, or null at the end of the file. */
  abstract Item advance() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = advance();
      } catch (IOException | RuntimeException e) {
        next = Item.failed(name, "cannot read " + format + ": " + e);
        done = true;
      }
      if (next == null) {
        done = true;
        if (count == 0) {
          next = Item.failed(name, "no documents in this " + format + " file");
        }
      }
      if (done) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public final Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    count++;
    return item;
  }

  @Override
  public final void close() {
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
