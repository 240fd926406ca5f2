package org.sitrep.extract.place.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

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

  static void writeDoubles(DataOutputStream out, double[] xs) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(xs.length * 8);
    b.asDoubleBuffer().put(xs);
    out.write(b.array());
  }

  static double[] readDoubles(DataInputStream in, int n) throws IOException {
    byte[] raw = new byte[n * 8];
    in.readFully(raw);
    double[] xs = new double[n];
    ByteBuffer.wrap(raw).asDoubleBuffer().get(xs);
    return xs;
  }
}
