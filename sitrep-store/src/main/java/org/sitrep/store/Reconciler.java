package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the events many articles report into one event each: every pair that {@link EventMatch}
 * calls the same is joined (transitively), and every event row gets its cluster's id (the smallest
 * event id in it). Rerunning gives the same clusters.
 */
public final class Reconciler {
  private final Store store;
  private final double km;

  /** A reconciler with the default distance, {@value EventMatch#DEFAULT_KM} km. */
  public Reconciler(Store store) {
    this(store, EventMatch.DEFAULT_KM);
  }

  /** A reconciler that joins places up to {@code km} apart. */
  public Reconciler(Store store, double km) {
    this.store = store;
    this.km = km;
  }

  /** Recomputes every event's cluster; returns the number of distinct events. */
  public int run() {
    List<EventMatch.Candidate> events = load();
    int[] parent = new int[events.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> byType = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String t = events.get(i).type();
      if (t != null) {
        byType.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : byType.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (EventMatch.same(events.get(i), events.get(j), km)) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, Long> clusterId = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      int root = find(parent, i);
      long id = events.get(i).id();
      clusterId.merge(root, id, Math::min);
    }
    store.transaction(
        () -> {
          try (PreparedStatement ps =
              store
                  .connection()
                  .prepareStatement("UPDATE events SET cluster_id = ? WHERE id = ?")) {
            for (int i = 0; i < events.size(); i++) {
              ps.setLong(1, clusterId.get(find(parent, i)));
              ps.setLong(2, events.get(i).id());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
    return clusterId.size();
  }

  private List<EventMatch.Candidate> load() {
    Map<Long, Set<String>> actors = new HashMap<>();
    List<EventMatch.Candidate> out = new ArrayList<>();
    try (PreparedStatement ps =
            store.connection().prepareStatement("SELECT event_id, name FROM event_actors");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        actors
            .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
            .add(rs.getString(2).toLowerCase(Locale.ROOT));
      }
    } catch (SQLException e) {
      throw new StoreException("reading event actors", e);
    }
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT id, type, sub_type, day_from, day_to, place_name, lat, lon,"
                        + " geonames_id FROM events ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String from = rs.getString(4);
        String to = rs.getString(5);
        out.add(
            new EventMatch.Candidate(
                id,
                rs.getString(2),
                rs.getString(3),
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                rs.getString(6),
                Rows.getDouble(rs, 7),
                Rows.getDouble(rs, 8),
                Rows.getLong(rs, 9),
                actors.getOrDefault(id, Set.of())));
      }
    } catch (SQLException e) {
      throw new StoreException("reading events", e);
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
