package org.sitrep.extract.place.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Whole arrays written and read as big-endian blocks, the index's storage format. */
final class Columns {
  private Columns() {}

  static void writeInts(DataOutputStream out, int[] xs) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(xs.length * 4);
    b.asIntBuffer().put(xs);
    out.writeInt(xs.length);
    out.write(b.array());
  }

  static int[] readInts(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] raw = new byte[n * 4];
    in.readFully(raw);
    int[] xs = new int[n];
    ByteBuffer.wrap(raw).asIntBuffer().get(xs);
    return xs;
  }

  static void writeLongs(DataOutputStream out, long[] xs) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(xs.length * 8);
    b.asLongBuffer().put(xs);
    out.write(b.array());
  }

  static long[] readLongs(DataInputStream in, int n) throws IOException {
    byte[] raw = new byte[n * 8];
    in.readFully(raw);
    long[] xs = new long[n];
    ByteBuffer.wrap(raw).asLongBuffer().get(xs);
    return xs;
  }

  static void writeFloats(DataOutputStream out, float[] xs) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(xs.length * 4);
    b.asFloatBuffer().put(xs);
    out.write(b.array());
  }

  static float[] readFloats(DataInputStream in, int n) throws IOException {
    byte[] raw = new byte[n * 4];
    in.readFully(raw);
    float[] xs = new float[n];
    ByteBuffer.wrap(raw).asFloatBuffer().get(xs);
    return xs;
  }

  /** Strings as one UTF-8 blob and an offset array. */
  static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    int[] offsets = new int[strings.size() + 1];
    java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < strings.size(); i++) {
      byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
      blob.write(b, 0, b.length);
      offsets[i + 1] = blob.size();
    }
    writeInts(out, offsets);
    out.write(blob.toByteArray());
  }

  static String[] readStrings(DataInputStream in) throws IOException {
    int[] offsets = readInts(in);
    byte[] blob = new byte[offsets[offsets.length - 1]];
    in.readFully(blob);
    String[] out = new String[offsets.length - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = new String(blob, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }
    return out;
  }
}
