package org.sitrep.ingest.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of word shingles (Broder 1997, "On the resemblance and containment of
 * documents"): the share of equal slots in two signatures estimates the Jaccard similarity of the
 * two texts' sets of {@value #SHINGLE}-word shingles, with standard error about {@code
 * 1/sqrt(}{@value #SLOTS}{@code )} = 0.09.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE = 3;

  /** Hash functions (signature slots). */
  public static final int SLOTS = 128;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** The signature of {@code text}; a text with no words has an all-maximum signature. */
  public static int[] signature(String text) {
    int[] sig = new int[SLOTS];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long shingle : shingles(text)) {
      for (int i = 0; i < SLOTS; i++) {
        int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SLOTS;
  }

  /** The exact Jaccard similarity of two texts' shingle sets (for measuring the estimate). */
  public static double jaccard(String a, String b) {
    Set<Long> x = shingles(a);
    Set<Long> y = shingles(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<Long> inter = new HashSet<>(x);
    inter.retainAll(y);
    return inter.size() / (double) (x.size() + y.size() - inter.size());
  }

  /** A signature as text, for storage. */
  public static String encode(int[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      buf.putInt(v);
    }
    return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
  }

  /** A stored signature back; rejects text that is not one. */
  public static int[] decode(String text) {
    byte[] bytes = Base64.getDecoder().decode(text);
    if (bytes.length != SLOTS * 4) {
      throw new IllegalArgumentException("not a MinHash signature of " + SLOTS + " slots");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] sig = new int[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }

  static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<Long> out = new HashSet<>();
    int k = Math.min(SHINGLE, words.size());
    for (int i = 0; i + k <= words.size() && k > 0; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + k; j++) {
        for (byte b : words.get(j).getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (b & 0xff)) * 0x100000001b3L; // FNV-1a 64
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out.add(h);
    }
    return out;
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash (Steele et al. 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SLOTS];
    long x = 0x5172e9L;
    for (int i = 0; i < SLOTS; i++) {
      x += 0x9e3779b97f4a7c15L;
      s[i] = mix(x);
    }
    return s;
  }
}
