package org.sitrep.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.core.nlp.NerMention;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.TimexCandidate;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.pipeline.AnnotatedArticle;
import org.sitrep.core.pipeline.Annotator;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Keeps CoreNLP's layers on disk, one gzipped JSON file per (text, publication date, configuration,
 * CoreNLP version), so that re-analysing a corpus after an extractor changes does not parse it
 * again. CoreNLP itself is loaded only on the first miss. The files are written to a temporary name
 * and moved into place, so several processes may share one folder.
 */
public final class CachedNlpAnnotator implements Annotator {
  /** Changes whenever the layer records or {@link CoreNlpAnnotator}'s conversion change. */
  static final String FORMAT = "corenlp-cache.v1";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** CoreNLP's version from its jar's manifest: an upgrade starts a new set of entries. */
  private static final String CORENLP_VERSION =
      String.valueOf(
          edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion());

  private final Path dir;
  private final CoreNlpConfig config;
  private final Supplier<Annotator> parser;
  private volatile Annotator loaded;

  /** A cache in {@code dir} in front of CoreNLP run with {@code config}. */
  public CachedNlpAnnotator(Path dir, CoreNlpConfig config) {
    this(dir, config, () -> new CoreNlpAnnotator(config));
  }

  CachedNlpAnnotator(Path dir, CoreNlpConfig config, Supplier<Annotator> parser) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.config = Objects.requireNonNull(config, "config");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  @Override
  public String name() {
    return CoreNlpAnnotator.NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return CoreNlpAnnotator.layers(config);
  }

  /** What is stored for one article. */
  record Entry(
      List<Token> tokens,
      List<Sentence> sentences,
      List<NerMention> ner,
      List<TimexCandidate> sutime) {}

  @Override
  public void annotate(AnnotatedArticle article) {
    Path file = fileFor(article);
    Entry entry = read(file);
    if (entry == null) {
      parser().annotate(article);
      write(
          file,
          new Entry(
              article.get(Layers.TOKENS),
              article.get(Layers.SENTENCES),
              article.get(Layers.NER),
              config.suTime() ? article.get(Layers.SUTIME) : List.of()));
      return;
    }
    // entries written before the repair moved into the NLP layer hold the unrepaired split
    AbbreviationSplits repaired =
        AbbreviationSplits.repair(entry.tokens(), entry.sentences(), entry.ner());
    article.put(Layers.TOKENS, repaired.tokens());
    article.put(Layers.SENTENCES, repaired.sentences());
    article.put(Layers.NER, repaired.ner());
    if (config.suTime()) {
      article.put(Layers.SUTIME, List.copyOf(entry.sutime()));
    }
  }

  private Annotator parser() {
    Annotator p = loaded;
    if (p == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = parser.get();
        }
        p = loaded;
      }
    }
    return p;
  }

  Path fileFor(AnnotatedArticle article) {
    String published =
        article.article().publishedDate().map(Object::toString).orElse("no-published-date");
    String key =
        FORMAT + '\n' + CORENLP_VERSION + '\n' + config + '\n' + published + '\n' + article.text();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(hash);
      return dir.resolve(hex.substring(0, 2)).resolve(hex + ".json.gz");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static Entry read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return JSON.readValue(in, Entry.class);
    } catch (IOException e) {
      // A damaged entry is parsed again and overwritten.
      return null;
    }
  }

  private static void write(Path file, Entry entry) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writeValue(out, entry);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the NLP cache entry " + file, e);
    }
  }
}
