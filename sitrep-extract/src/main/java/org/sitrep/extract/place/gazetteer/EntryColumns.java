package org.sitrep.extract.place.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The gazetteer entries stored column by column; an entry is built only when a lookup returns it,
 * so loading the index creates no per-entry objects.
 */
final class EntryColumns {
  private static final FeatureKind[] KINDS = FeatureKind.values();

  private final long[] ids;
  private final double[] lats;
  private final double[] lons;
  private final long[] pops;
  private final byte[] kinds;
  private final Blob names;
  private final Blob codes;

  private EntryColumns(
      long[] ids, double[] lats, double[] lons, long[] pops, byte[] kinds, Blob names, Blob codes) {
    this.ids = ids;
    this.lats = lats;
    this.lons = lons;
    this.pops = pops;
    this.kinds = kinds;
    this.names = names;
    this.codes = codes;
  }

  /** Strings in one UTF-8 byte array, decoded on demand. */
  private record Blob(byte[] bytes, int[] offsets) {
    String get(int i) {
      return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    static Blob of(String[] strings) {
      int[] offsets = new int[strings.length + 1];
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < strings.length; i++) {
        byte[] s = strings[i].getBytes(StandardCharsets.UTF_8);
        b.write(s, 0, s.length);
        offsets[i + 1] = b.size();
      }
      return new Blob(b.toByteArray(), offsets);
    }

    void write(DataOutputStream out) throws IOException {
      Columns.writeInts(out, offsets);
      out.write(bytes);
    }

    static Blob read(DataInputStream in) throws IOException {
      int[] offsets = Columns.readInts(in);
      byte[] bytes = new byte[offsets[offsets.length - 1]];
      in.readFully(bytes);
      return new Blob(bytes, offsets);
    }
  }

  static EntryColumns of(GazetteerEntry[] entries) {
    int n = entries.length;
    long[] ids = new long[n];
    double[] lats = new double[n];
    double[] lons = new double[n];
    long[] pops = new long[n];
    byte[] kinds = new byte[n];
    String[] names = new String[n];
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      GazetteerEntry e = entries[i];
      ids[i] = e.geonamesId() == null ? -1 : e.geonamesId();
      lats[i] = e.lat();
      lons[i] = e.lon();
      pops[i] = e.population();
      kinds[i] = (byte) e.kind().ordinal();
      names[i] = e.name();
      codes[i] = e.countryCode() + "\t" + e.admin1() + "\t" + e.featureCode();
    }
    return new EntryColumns(ids, lats, lons, pops, kinds, Blob.of(names), Blob.of(codes));
  }

  int size() {
    return ids.length;
  }

  FeatureKind kind(int i) {
    return KINDS[kinds[i]];
  }

  GazetteerEntry get(int i) {
    String[] c = codes.get(i).split("\t", -1);
    return new GazetteerEntry(
        ids[i] < 0 ? null : ids[i],
        names.get(i),
        lats[i],
        lons[i],
        c[0],
        c[1],
        kind(i),
        c[2],
        pops[i]);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(ids.length);
    Columns.writeLongs(out, ids);
    Columns.writeDoubles(out, lats);
    Columns.writeDoubles(out, lons);
    Columns.writeLongs(out, pops);
    out.write(kinds);
    names.write(out);
    codes.write(out);
  }

  static EntryColumns read(DataInputStream in) throws IOException {
    int n = in.readInt();
    long[] ids = Columns.readLongs(in, n);
    double[] lats = Columns.readDoubles(in, n);
    double[] lons = Columns.readDoubles(in, n);
    long[] pops = Columns.readLongs(in, n);
    byte[] kinds = new byte[n];
    in.readFully(kinds);
    return new EntryColumns(ids, lats, lons, pops, kinds, Blob.read(in), Blob.read(in));
  }
}
