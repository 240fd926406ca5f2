package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads CoreNLP once per process and configuration. StanfordCoreNLP is thread-safe for {@code
 * annotate}, so worker threads share one instance.
 */
public final class CoreNlp {
  private static final Map<CoreNlpConfig, StanfordCoreNLP> LOADED = new ConcurrentHashMap<>();

  private CoreNlp() {}

  /** The shared pipeline for {@code config}, loading it on first use (10-20 s). */
  public static StanfordCoreNLP pipeline(CoreNlpConfig config) {
    return LOADED.computeIfAbsent(
        config,
        c -> {
          RedwoodConfiguration.current().clear().apply();
          return new StanfordCoreNLP(c.properties());
        });
  }
}
