package org.sitrep.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An index of article signatures that finds, for a new article, an earlier one it nearly repeats:
 * locality-sensitive hashing over {@value #BANDS} bands of {@value #ROWS} MinHash slots (Leskovec,
 * Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4), then the estimated Jaccard similarity
 * checked against the threshold. Not thread-safe: one thread decides duplicates, in input order, so
 * the first copy of a story is always the original.
 */
public final class NearDuplicates {
  /** The default threshold on estimated shingle Jaccard similarity (see docs/corpus.md). */
  public static final double DEFAULT_THRESHOLD = 0.5;

  static final int BANDS = 32;
  static final int ROWS = MinHash.SLOTS / BANDS;

  private final double threshold;
  private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  /** An empty index that calls two articles near-duplicates at {@code threshold} or above. */
  public NearDuplicates(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /** An earlier article this one nearly repeats, and how similar they are. */
  public record Match(String key, double similarity) {}

  /** The most similar indexed article at or above the threshold, or null. */
  public Match find(int[] signature) {
    Match best = null;
    boolean[] seen = new boolean[signatures.size()];
    for (int b = 0; b < BANDS; b++) {
      List<Integer> bucket = bands.get(b).get(bandHash(signature, b));
      if (bucket == null) {
        continue;
      }
      for (int i : bucket) {
        if (seen[i]) {
          continue;
        }
        seen[i] = true;
        double s = MinHash.similarity(signature, signatures.get(i));
        if (s >= threshold && (best == null || s > best.similarity())) {
          best = new Match(keys.get(i), s);
        }
      }
    }
    return best;
  }

  /** Adds an article under {@code key} (its content hash). */
  public void add(String key, int[] signature) {
    int i = signatures.size();
    signatures.add(signature.clone());
    keys.add(key);
    for (int b = 0; b < BANDS; b++) {
      bands.get(b).computeIfAbsent(bandHash(signature, b), k -> new ArrayList<>()).add(i);
    }
  }

  /** How many articles are indexed. */
  public int size() {
    return signatures.size();
  }

  private static long bandHash(int[] sig, int band) {
    int[] rows = Arrays.copyOfRange(sig, band * ROWS, band * ROWS + ROWS);
    long h = band;
    for (int r : rows) {
      h = MinHash.mix(h * 31 + r);
    }
    return h;
  }
}
