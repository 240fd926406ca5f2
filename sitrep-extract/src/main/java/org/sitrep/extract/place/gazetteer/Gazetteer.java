package org.sitrep.extract.place.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The place index: entries and two name maps (exact key, transliteration skeleton). Immutable and
 * safe to share between threads; loaded once per process and directory.
 */
public final class Gazetteer {
  /** The index file inside the gazetteer folder. */
  public static final String FILE = "places.idx";

  private static final int MAGIC = 0x53475a31;
  private static final int VERSION = 7;
  private static final Map<Path, Gazetteer> LOADED = new ConcurrentHashMap<>();

  private final EntryColumns entries;
  private final KeyTable exact;
  private final KeyTable skeletons;
  private final KeyTable demonyms;
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Map<String, GazetteerEntry> admin1s = new HashMap<>();

  private Gazetteer(EntryColumns entries, KeyTable exact, KeyTable skeletons, KeyTable demonyms) {
    this.entries = entries;
    this.exact = exact;
    this.skeletons = skeletons;
    this.demonyms = demonyms;
    for (int i = 0; i < entries.size(); i++) {
      FeatureKind k = entries.kind(i);
      if (k != FeatureKind.COUNTRY && k != FeatureKind.ADMIN1) {
        continue;
      }
      GazetteerEntry e = entries.get(i);
      if (e.kind() == FeatureKind.COUNTRY) {
        countries.putIfAbsent(e.countryCode(), e);
      } else if (e.kind() == FeatureKind.ADMIN1) {
        admin1s.putIfAbsent(e.countryCode() + "." + e.admin1(), e);
      }
    }
  }

  /**
   * The index in {@code dir}, read once per process and directory.
   *
   * @throws IllegalStateException when the index has not been built
   */
  public static Gazetteer load(Path dir) {
    Path file = dir.toAbsolutePath().normalize().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "gazetteer not built: run ./sitrep setup (missing " + file + ")");
    }
    return LOADED.computeIfAbsent(file, Gazetteer::read);
  }

  /** A new builder for an in-memory index. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Number of distinct exact keys, skeleton keys and demonym keys. */
  public int[] keyCounts() {
    return new int[] {exact.size(), skeletons.size(), demonyms.size()};
  }

  /** Entries one of whose names has exactly this key ({@link NameKeys#key}). */
  public List<GazetteerEntry> exact(String key) {
    return list(exact.get(key));
  }

  /** Entries one of whose names has this skeleton ({@link NameKeys#skeleton}). */
  public List<GazetteerEntry> bySkeleton(String skeleton) {
    return list(skeletons.get(skeleton));
  }

  /**
   * Countries, first-level divisions and regions whose people or adjective this key names
   * ("Syrian", "Americans", "Ohioans", "South Ossetian").
   */
  public List<GazetteerEntry> demonym(String key) {
    return list(demonyms.get(key));
  }

  /** The country with this ISO code. */
  public Optional<GazetteerEntry> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The first-level division with this country and admin1 code. */
  public Optional<GazetteerEntry> admin1(String country, String admin1) {
    return Optional.ofNullable(admin1s.get(country + "." + admin1));
  }

  /** Every skeleton key with its entry count, for ambiguity measurements. */
  public Map<String, Integer> skeletonSizes() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < skeletons.size(); i++) {
      m.put(skeletons.key(i), skeletons.ids(i).length);
    }
    return m;
  }

  private List<GazetteerEntry> list(int[] ids) {
    if (ids == null || ids.length == 0) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int i : ids) {
      out.add(entries.get(i));
    }
    return out;
  }

  /** Writes the index to {@code file}: column arrays and string blobs, quick to read. */
  public void write(Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      entries.write(out);
      exact.write(out);
      skeletons.write(out);
      demonyms.write(out);
    }
  }

  private static Gazetteer read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalStateException(
            "gazetteer index " + file + " has an old format: run ./sitrep setup");
      }
      EntryColumns entries = EntryColumns.read(in);
      return new Gazetteer(entries, KeyTable.read(in), KeyTable.read(in), KeyTable.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index " + file, e);
    }
  }

  /** Collects entries with their names and builds the index. */
  public static final class Builder {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, Set<Integer>> exact = new HashMap<>();
    private final Map<String, Set<Integer>> skeletons = new HashMap<>();
    private final Map<String, Set<Integer>> demonyms = new HashMap<>();

    /** The first-added first-level division of each "CC.admin1" code, for {@link #admin1Id}. */
    private final Map<String, Integer> admin1Ids = new HashMap<>();

    private Builder() {}

    /**
     * Adds an entry under its own name and {@code names}. Names that are not written in Latin
     * letters once normalised are left out: English news spells names in Latin letters.
     */
    public Builder add(GazetteerEntry entry, Collection<String> names) {
      int id = entries.size();
      entries.add(entry);
      if (entry.kind() == FeatureKind.ADMIN1) {
        admin1Ids.putIfAbsent(entry.countryCode() + "." + entry.admin1(), id);
      }
      Set<String> keys = new LinkedHashSet<>();
      keys.add(NameKeys.key(entry.name()));
      for (String n : names) {
        keys.add(NameKeys.key(n));
      }
      for (String k : keys) {
        if (!NameKeys.isLatin(k)) {
          continue;
        }
        exact.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
        String stripped = NameKeys.withoutArticles(k);
        if (!stripped.equals(k)) {
          exact.computeIfAbsent(stripped, x -> new LinkedHashSet<>()).add(id);
        }
        String sk = NameKeys.skeleton(k);
        if (sk.length() >= 3) {
          skeletons.computeIfAbsent(sk, x -> new LinkedHashSet<>()).add(id);
        }
      }
      return this;
    }

    /**
     * Adds an entry (a country, a division, a region) with the demonyms that name its people or
     * adjective.
     */
    public Builder addWithDemonyms(
        GazetteerEntry entry, Collection<String> names, Collection<String> demonymNames) {
      int id = entries.size();
      add(entry, names);
      addDemonyms(id, demonymNames);
      return this;
    }

    /** Adds demonyms of the entry added as the {@code id}-th (from 0). */
    void addDemonyms(int id, Collection<String> demonymNames) {
      for (String d : demonymNames) {
        String k = NameKeys.key(d);
        if (NameKeys.isLatin(k)) {
          demonyms.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
        }
      }
    }

    /** Whether some entry already has this demonym (as written). */
    boolean hasDemonym(String demonym) {
      return demonyms.containsKey(NameKeys.key(demonym));
    }

    /**
     * The first-added first-level division with this country and admin1 code (the one {@link
     * Gazetteer#admin1} gives), or -1.
     */
    int admin1Id(String country, String admin1) {
      return admin1Ids.getOrDefault(country + "." + admin1, -1);
    }

    /**
     * The most populous (then first-added) region or first-level division of this country one of
     * whose names has the key of {@code name} (the first that {@link Gazetteer#exact} lists), or
     * -1.
     */
    int regionId(String country, String name) {
      int best = -1;
      for (int i : exact.getOrDefault(NameKeys.key(name), Set.of())) {
        GazetteerEntry e = entries.get(i);
        if (e.countryCode().equals(country)
            && (e.kind() == FeatureKind.REGION || e.kind() == FeatureKind.ADMIN1)
            && (best < 0 || e.population() > entries.get(best).population())) {
          best = i;
        }
      }
      return best;
    }

    /** The index, with each name's entries most populous first (at most 65,535 per name). */
    public Gazetteer build() {
      GazetteerEntry[] es = entries.toArray(new GazetteerEntry[0]);
      return new Gazetteer(
          EntryColumns.of(es), freeze(exact, es), freeze(skeletons, es), freeze(demonyms, es));
    }

    private static KeyTable freeze(Map<String, Set<Integer>> m, GazetteerEntry[] es) {
      Map<String, int[]> out = new HashMap<>(m.size() * 4 / 3 + 1);
      m.forEach(
          (k, v) -> {
            Integer[] ids = v.toArray(new Integer[0]);
            Arrays.sort(ids, (a, b) -> Long.compare(es[b].population(), es[a].population()));
            int[] arr = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
              arr[i] = ids[i];
            }
            out.put(k, arr);
          });
      return KeyTable.of(out);
    }
  }
}
