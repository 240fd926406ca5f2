package org.sitrep.app.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.sitrep.core.article.Article;
import org.sitrep.ingest.ArticleLine;
import org.sitrep.ingest.SourceReader;

/**
 * Reads the documents given to {@code sitrep analyze}: plain-text files, directories of them, JSON
 * Lines in the contract's input form, or standard input. Every document comes out as an {@link
 * Input}, a bad one as a failure with its reason: nothing is dropped.
 */
public final class InputReader {
  private final TextDecoder decoder;
  private final LocalDate published;

  /**
   * @param decoder checks size and encoding
   * @param published publication date for plain-text inputs, may be null
   */
  public InputReader(TextDecoder decoder, LocalDate published) {
    this.decoder = decoder;
    this.published = published;
  }

  /** Lists the plain-text files under {@code paths} (directories recursively, sorted). */
  public List<Path> expand(List<Path> paths) throws IOException {
    return SourceReader.expand(paths);
  }

  /** One plain-text file as an input; its id is the file name without extension. */
  public Input readFile(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Input.failed(name, "cannot read: " + e.getMessage());
    }
    return fromBytes(name, SourceReader.stem(file), bytes);
  }

  /** Standard input as one plain-text article with id {@code stdin}. */
  public Input readStream(String name, InputStream in) {
    try {
      return fromBytes(name, name, in.readAllBytes());
    } catch (IOException e) {
      return Input.failed(name, "cannot read: " + e.getMessage());
    }
  }

  private Input fromBytes(String name, String id, byte[] bytes) {
    TextDecoder.Result r = decoder.decode(bytes);
    if (r.isFailure()) {
      return Input.failed(name, r.failure());
    }
    return Input.ok(name, new Article(id, r.text(), published, null, null, null, null));
  }

  /** The lines of a JSON Lines file, lazily, as inputs in file order. */
  public Iterator<Input> readJsonLines(Path file) throws IOException {
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return new Iterator<>() {
      int lineNo;
      String next = advance();

      private String advance() {
        try {
          String line;
          do {
            line = reader.readLine();
            lineNo++;
          } while (line != null && line.isBlank());
          if (line == null) {
            reader.close();
          }
          return line;
        } catch (IOException e) {
          throw new UncheckedIOException("reading " + file, e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Input next() {
        String line = next;
        int n = lineNo;
        next = advance();
        return parseLine(file.getFileName() + ":" + n, line);
      }
    };
  }

  /** One JSON Lines record in the contract's input form ({@link ArticleLine}). */
  public Input parseLine(String name, String line) {
    ArticleLine parsed = ArticleLine.parse(line, decoder.textCheck(), published);
    String named = parsed.id() == null ? name : name + " (" + parsed.id() + ")";
    return parsed.failure() != null
        ? Input.failed(named, parsed.failure())
        : Input.ok(named, parsed.article());
  }
}
