package org.sitrep.extract.place.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable map from ASCII name keys to entry numbers: the keys sorted in one byte blob,
 * searched by bisection, so that loading is a few block reads and no hashing.
 */
final class KeyTable {
  private final byte[] blob;
  private final int[] keyOffsets;
  private final int[] postingOffsets;
  private final int[] postings;

  private KeyTable(byte[] blob, int[] keyOffsets, int[] postingOffsets, int[] postings) {
    this.blob = blob;
    this.keyOffsets = keyOffsets;
    this.postingOffsets = postingOffsets;
    this.postings = postings;
  }

  static KeyTable of(Map<String, int[]> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(null);
    int[] keyOffsets = new int[keys.size() + 1];
    int[] postingOffsets = new int[keys.size() + 1];
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    List<int[]> lists = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < keys.size(); i++) {
      byte[] k = keys.get(i).getBytes(StandardCharsets.US_ASCII);
      b.write(k, 0, k.length);
      keyOffsets[i + 1] = b.size();
      int[] ids = map.get(keys.get(i));
      lists.add(ids);
      total += ids.length;
      postingOffsets[i + 1] = total;
    }
    int[] postings = new int[total];
    int at = 0;
    for (int[] ids : lists) {
      System.arraycopy(ids, 0, postings, at, ids.length);
      at += ids.length;
    }
    return new KeyTable(b.toByteArray(), keyOffsets, postingOffsets, postings);
  }

  int size() {
    return keyOffsets.length - 1;
  }

  String key(int i) {
    return new String(
        blob, keyOffsets[i], keyOffsets[i + 1] - keyOffsets[i], StandardCharsets.US_ASCII);
  }

  int[] ids(int i) {
    return Arrays.copyOfRange(postings, postingOffsets[i], postingOffsets[i + 1]);
  }

  /** The entry numbers of {@code key}, or null. */
  int[] get(String key) {
    byte[] k = key.getBytes(StandardCharsets.US_ASCII);
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compare(blob, keyOffsets[mid], keyOffsets[mid + 1], k, 0, k.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return ids(mid);
      }
    }
    return null;
  }

  void write(DataOutputStream out) throws IOException {
    Columns.writeInts(out, keyOffsets);
    Columns.writeInts(out, postingOffsets);
    Columns.writeInts(out, postings);
    out.writeInt(blob.length);
    out.write(blob);
  }

  static KeyTable read(DataInputStream in) throws IOException {
    int[] keyOffsets = Columns.readInts(in);
    int[] postingOffsets = Columns.readInts(in);
    int[] postings = Columns.readInts(in);
    byte[] blob = new byte[in.readInt()];
    in.readFully(blob);
    return new KeyTable(blob, keyOffsets, postingOffsets, postings);
  }
}
