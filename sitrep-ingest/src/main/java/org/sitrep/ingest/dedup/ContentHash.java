package org.sitrep.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exact-duplicate key of an article: SHA-256 of its text with runs of white space collapsed and
 * the ends trimmed, so a copy that differs only in line wrapping is the same article.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The hex SHA-256 of the normalised text. */
  public static String of(String text) {
    String normal = text.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
