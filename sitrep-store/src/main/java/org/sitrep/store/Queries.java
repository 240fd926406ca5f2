package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What an analyst asks of the corpus: events, quotes, estimates, full-text search, failures. */
public final class Queries {
  private final Store store;

  /** Queries over {@code store}. */
  public Queries(Store store) {
    this.store = store;
  }

  /** Which events to list; null fields do not filter. */
  public record EventFilter(
      String type,
      LocalDate from,
      LocalDate to,
      String place,
      Double nearLat,
      Double nearLon,
      Double withinKm,
      String actor) {}

  /** One report of an event: the article and what it says. */
  public record EventReport(
      long articleId,
      String docId,
      String title,
      String outlet,
      String published,
      String source,
      String date,
      String place,
      Double fatalitiesLow,
      Double fatalitiesHigh,
      String evidence,
      String certainty,
      boolean background) {}

  /**
   * One event as reconciled across every article that reports it. {@code actors} are the people and
   * groups involved, those who acted ({@code perpetrators}) first, then victims and opponents;
   * physical targets (a bridge, a market) are {@code targets}, not actors (the contract's roles).
   */
  public record ReconciledEvent(
      long id,
      String type,
      String subType,
      String dateFrom,
      String dateTo,
      String place,
      Double lat,
      Double lon,
      List<String> actors,
      List<String> perpetrators,
      List<String> targets,
      Double fatalitiesLow,
      Double fatalitiesHigh,
      List<EventReport> reports) {

    /** ACLED's actor1: who acted, else the first actor whose role the text left open. */
    public String actor1() {
      if (!perpetrators.isEmpty()) {
        return perpetrators.get(0);
      }
      return actors.isEmpty() ? null : actors.get(0);
    }

    /** ACLED's actor2: the first other actor (a victim, an opponent), else null. */
    public String actor2() {
      String first = actor1();
      return actors.stream().filter(a -> !a.equals(first)).findFirst().orElse(null);
    }
  }

  /** A stored event actor: its name and its contract role (perpetrator, victim, target or null). */
  private record RoledActor(String name, String role) {}

  /** Reconciled events matching {@code f}, oldest first. */
  public List<ReconciledEvent> events(EventFilter f) {
    Map<Long, List<RoledActor>> actors = new LinkedHashMap<>();
    try (PreparedStatement ps =
            store.connection().prepareStatement("SELECT event_id, name, role FROM event_actors");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        actors
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new RoledActor(rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading actors", e);
    }
    Map<Long, List<Object[]>> clusters = new LinkedHashMap<>();
    String sql =
        "SELECT e.id, COALESCE(e.cluster_id, e.id), e.type, e.sub_type, e.day_from, e.day_to,"
            + " e.place_name, e.lat, e.lon, e.fatalities_low, e.fatalities_high, e.source_name,"
            + " e.date_value, e.evidence, a.id, a.doc_id, a.title, a.outlet, a.published,"
            + " e.certainty, e.background"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + " ORDER BY e.day_from, e.id";
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Object[] row = new Object[21];
        for (int i = 0; i < 20; i++) {
          row[i] = rs.getObject(i + 1);
        }
        // SQLite keeps booleans as integers: read through JDBC's conversion on both engines.
        row[20] = rs.getBoolean(21);
        clusters.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(row);
      }
    } catch (SQLException e) {
      throw new StoreException("reading events", e);
    }
    List<ReconciledEvent> out = new ArrayList<>();
    for (var entry : clusters.entrySet()) {
      ReconciledEvent ev = merge(entry.getKey(), entry.getValue(), actors);
      if (matches(ev, f)) {
        out.add(ev);
      }
    }
    out.sort(Comparator.comparing((ReconciledEvent e) -> e.dateFrom() == null ? "" : e.dateFrom()));
    return out;
  }

  private static ReconciledEvent merge(
      long clusterId, List<Object[]> rows, Map<Long, List<RoledActor>> actorsOf) {
    Object[] first = rows.get(0);
    String from = null;
    String to = null;
    Double lat = null;
    Double lon = null;
    String place = null;
    String subType = null;
    Double low = null;
    Double high = null;
    Set<String> perpetrators = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    List<EventReport> reports = new ArrayList<>();
    for (Object[] r : rows) {
      String f = (String) r[4];
      String t = (String) r[5];
      // The narrowest reported interval is the most precise date.
      if (f != null && (from == null || (t.compareTo(f) >= 0 && span(f, t) < span(from, to)))) {
        from = f;
        to = t;
      }
      if (lat == null && r[7] != null) {
        lat = num(r[7]);
        lon = num(r[8]);
      }
      if (place == null) {
        place = (String) r[6];
      }
      if (subType == null) {
        subType = (String) r[3];
      }
      Double fl = num(r[9]);
      Double fh = num(r[10]);
      if (fl != null) {
        low = low == null ? fl : Math.min(low, fl);
      }
      if (fh != null) {
        high = high == null ? fh : Math.max(high, fh);
      }
      for (RoledActor a : actorsOf.getOrDefault(((Number) r[0]).longValue(), List.of())) {
        String role = a.role() == null ? "" : a.role();
        switch (role) {
          case "perpetrator" -> perpetrators.add(a.name());
          case "target" -> targets.add(a.name());
          default -> others.add(a.name());
        }
      }
      reports.add(
          new EventReport(
              ((Number) r[14]).longValue(),
              (String) r[15],
              (String) r[16],
              (String) r[17],
              (String) r[18],
              (String) r[11],
              (String) r[12],
              (String) r[6],
              fl,
              fh,
              (String) r[13],
              (String) r[19],
              (Boolean) r[20]));
    }
    return new ReconciledEvent(
        clusterId,
        (String) first[2],
        subType,
        from,
        to,
        place,
        lat,
        lon,
        Stream.concat(perpetrators.stream(), others.stream().filter(a -> !perpetrators.contains(a)))
            .distinct()
            .toList(),
        List.copyOf(perpetrators),
        targets.stream().filter(t -> !perpetrators.contains(t) && !others.contains(t)).toList(),
        low,
        high,
        reports);
  }

  private static long span(String from, String to) {
    return LocalDate.parse(to).toEpochDay() - LocalDate.parse(from).toEpochDay();
  }

  private static Double num(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  private static boolean matches(ReconciledEvent e, EventFilter f) {
    if (f.type() != null) {
      String t = f.type().toLowerCase(Locale.ROOT);
      boolean type = e.type() != null && e.type().toLowerCase(Locale.ROOT).contains(t);
      boolean sub = e.subType() != null && e.subType().toLowerCase(Locale.ROOT).contains(t);
      if (!type && !sub) {
        return false;
      }
    }
    if (f.from() != null
        && (e.dateTo() == null || LocalDate.parse(e.dateTo()).isBefore(f.from()))) {
      return false;
    }
    if (f.to() != null && (e.dateFrom() == null || LocalDate.parse(e.dateFrom()).isAfter(f.to()))) {
      return false;
    }
    if (f.place() != null) {
      String p = f.place().toLowerCase(Locale.ROOT);
      if (e.reports().stream()
          .noneMatch(r -> r.place() != null && r.place().toLowerCase(Locale.ROOT).contains(p))) {
        return false;
      }
    }
    if (f.nearLat() != null && f.nearLon() != null) {
      double km = f.withinKm() == null ? EventMatch.DEFAULT_KM : f.withinKm();
      if (e.lat() == null
          || EventMatch.kilometres(f.nearLat(), f.nearLon(), e.lat(), e.lon()) > km) {
        return false;
      }
    }
    if (f.actor() != null) {
      String a = f.actor().toLowerCase(Locale.ROOT);
      return Stream.concat(e.actors().stream(), e.targets().stream())
          .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(a));
    }
    return true;
  }

  /**
   * A point given as {@code LAT,LON} or as the name of a stored place (its most-mentioned match),
   * or null when it is neither.
   */
  public double[] point(String near) {
    String[] parts = near.split(",");
    if (parts.length == 2) {
      try {
        return new double[] {
          Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())
        };
      } catch (NumberFormatException e) {
        // not a coordinate pair: a place name with a comma
      }
    }
    return placeCoordinates(near);
  }

  /** Coordinates of a stored place by name (the most-mentioned match), or null. */
  public double[] placeCoordinates(String name) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT lat, lon FROM places WHERE LOWER(name) = LOWER(?) AND lat IS NOT NULL"
                    + " ORDER BY mentions DESC")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new double[] {rs.getDouble(1), rs.getDouble(2)} : null;
      }
    } catch (SQLException e) {
      throw new StoreException("looking up place " + name, e);
    }
  }

  /**
   * One quotation and where it was published: its offsets in the article's text, the cue verb, and
   * how firmly it is put (the certainty of the claim with the same span; null when none).
   */
  public record QuoteRow(
      String speaker,
      String description,
      String text,
      String kind,
      String docId,
      String title,
      String outlet,
      String published,
      long articleId,
      String cue,
      Integer start,
      Integer end,
      String certainty) {}

  /** Quotations, by speakers whose name contains {@code speaker} (all when null). */
  public List<QuoteRow> quotes(String speaker, int limit) {
    String sql =
        "SELECT q.speaker, q.speaker_description, q.text, q.kind, a.doc_id, a.title, a.outlet,"
            + " a.published, a.id, q.cue, q.start_offset, q.end_offset"
            + " FROM quotes q JOIN articles a ON a.id = q.article_id"
            + " WHERE (? IS NULL OR LOWER(q.speaker) LIKE ? OR LOWER(q.speaker_description)"
            + " LIKE ?) ORDER BY a.published, a.id, q.ordinal LIMIT ?";
    List<QuoteRow> out = new ArrayList<>();
    Map<Long, Map<String, String>> certainties = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      String like = speaker == null ? null : "%" + speaker.toLowerCase(Locale.ROOT) + "%";
      ps.setString(1, like);
      ps.setString(2, like);
      ps.setString(3, like);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long article = rs.getLong(9);
          Long startOffset = Rows.getLong(rs, 11);
          Long endOffset = Rows.getLong(rs, 12);
          Integer start = startOffset == null ? null : startOffset.intValue();
          Integer end = endOffset == null ? null : endOffset.intValue();
          String certainty =
              start == null
                  ? null
                  : certainties
                      .computeIfAbsent(article, this::claimCertainties)
                      .get(start + ":" + end);
          out.add(
              new QuoteRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  article,
                  rs.getString(10),
                  start,
                  end,
                  certainty));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading quotes", e);
    }
    return out;
  }

  /** The certainty of each claim of an article's stored record, by its span "start:end". */
  private Map<String, String> claimCertainties(long articleId) {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps =
        store.connection().prepareStatement("SELECT record_json FROM articles WHERE id = ?")) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getString(1) != null) {
          for (var claim : RecordJson.mapper().readTree(rs.getString(1)).path("claims")) {
            if (claim.hasNonNull("certainty")) {
              out.put(
                  claim.path("start").asInt() + ":" + claim.path("end").asInt(),
                  claim.path("certainty").asText());
            }
          }
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("reading the claims of article " + articleId, e);
    }
    return out;
  }

  /** Which movements to list; null fields do not filter. */
  public record MovementFilter(String who, String place, LocalDate from, LocalDate to, int limit) {
    /** Checks the limit. */
    public MovementFilter {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + limit);
      }
    }
  }

  /** One reported movement: who went from where to where, how many, when, and who says so. */
  public record MovementRow(
      String who,
      Double countLow,
      Double countHigh,
      String from,
      Double fromLat,
      Double fromLon,
      String to,
      Double toLat,
      Double toLon,
      String date,
      String dayFrom,
      String dayTo,
      String source,
      String certainty,
      String evidence,
      String docId,
      String title,
      String outlet,
      String published) {}

  /**
   * Movements matching {@code f}, oldest first (by their own date, else the article's): the mover
   * contains {@code who}, the origin or destination contains {@code place}, and the movement's days
   * overlap {@code from}..{@code to}.
   */
  public List<MovementRow> movements(MovementFilter f) {
    String sql =
        "SELECT m.who, m.count_low, m.count_high, m.from_name, m.from_lat, m.from_lon, m.to_name,"
            + " m.to_lat, m.to_lon, m.date_value, m.day_from, m.day_to, m.source_name,"
            + " m.certainty, m.evidence, a.doc_id, a.title, a.outlet, a.published"
            + " FROM movements m JOIN articles a ON a.id = m.article_id"
            + " WHERE (? IS NULL OR LOWER(m.who) LIKE ?)"
            + " AND (? IS NULL OR LOWER(m.from_name) LIKE ? OR LOWER(m.to_name) LIKE ?)"
            + " AND (? IS NULL OR m.day_to >= ?) AND (? IS NULL OR m.day_from <= ?)"
            + " ORDER BY COALESCE(m.day_from, a.published), a.id, m.ordinal LIMIT ?";
    List<MovementRow> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      String who = f.who() == null ? null : "%" + f.who().toLowerCase(Locale.ROOT) + "%";
      String place = f.place() == null ? null : "%" + f.place().toLowerCase(Locale.ROOT) + "%";
      String from = f.from() == null ? null : f.from().toString();
      String to = f.to() == null ? null : f.to().toString();
      int i = 0;
      ps.setString(++i, who);
      ps.setString(++i, who);
      ps.setString(++i, place);
      ps.setString(++i, place);
      ps.setString(++i, place);
      ps.setString(++i, from);
      ps.setString(++i, from);
      ps.setString(++i, to);
      ps.setString(++i, to);
      ps.setInt(++i, f.limit());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new MovementRow(
                  rs.getString(1),
                  num(rs.getObject(2)),
                  num(rs.getObject(3)),
                  rs.getString(4),
                  num(rs.getObject(5)),
                  num(rs.getObject(6)),
                  rs.getString(7),
                  num(rs.getObject(8)),
                  num(rs.getObject(9)),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getString(14),
                  rs.getString(15),
                  rs.getString(16),
                  rs.getString(17),
                  rs.getString(18),
                  rs.getString(19)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading movements", e);
    }
    return out;
  }

  /** Every estimate of quantities whose description contains {@code counts} (all when null). */
  public List<Estimates.Group> estimates(String counts) {
    String sql =
        "SELECT q.group_key, q.counts, q.place_name, q.low, q.high, q.unit, q.text,"
            + " q.source_name, q.certainty, a.doc_id, a.outlet, a.published FROM quantities q"
            + " JOIN articles a ON a.id = q.article_id WHERE q.group_key IS NOT NULL"
            + " AND (? IS NULL OR LOWER(q.counts) LIKE ?) ORDER BY q.group_key, a.published, a.id";
    List<Estimates.Estimate> rows = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      String like = counts == null ? null : "%" + counts.toLowerCase(Locale.ROOT) + "%";
      ps.setString(1, like);
      ps.setString(2, like);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Estimates.Estimate(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  Rows.getDouble(rs, 4),
                  Rows.getDouble(rs, 5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  false));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading estimates", e);
    }
    return Estimates.group(rows);
  }

  /** One full-text hit. */
  public record Hit(
      long articleId,
      String docId,
      String title,
      String outlet,
      String published,
      String snippet) {}

  /** Articles matching the words of {@code text}, best first. */
  public List<Hit> search(String text, int limit) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String sql;
    String query;
    if (store.dialect() == Dialect.SQLITE) {
      // Each word quoted: FTS5 syntax in the user's text cannot break the query.
      query = String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
      sql =
          "SELECT a.id, a.doc_id, a.title, a.outlet, a.published,"
              + " snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts"
              + " JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?"
              + " ORDER BY bm25(articles_fts) LIMIT ?";
    } else {
      query = String.join(" ", words);
      sql =
          "SELECT a.id, a.doc_id, a.title, a.outlet, a.published, ts_headline('english', a.text,"
              + " q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') FROM articles a,"
              + " plainto_tsquery('english', ?) q WHERE a.tsv @@ q"
              + " ORDER BY ts_rank(a.tsv, q) DESC LIMIT ?";
    }
    List<Hit> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, query);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Hit(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6).replaceAll("\\s+", " ")));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("searching", e);
    }
    return out;
  }

  /** A place with coordinates and how often the corpus mentions it. */
  public record PlacePoint(
      String name, String countryCode, double lat, double lon, long mentions, long articles) {}

  /**
   * Places with coordinates, most-reported first (by articles, then mentions), at most {@code
   * limit}.
   */
  public List<PlacePoint> places(int limit) {
    List<PlacePoint> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT name, MIN(country_code), AVG(lat), AVG(lon), SUM(mentions),"
                    + " COUNT(DISTINCT article_id) AS n FROM places WHERE lat IS NOT NULL"
                    + " GROUP BY name, geonames_id ORDER BY n DESC, SUM(mentions) DESC, name"
                    + " LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PlacePoint(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getDouble(3),
                  rs.getDouble(4),
                  rs.getLong(5),
                  rs.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("listing places", e);
    }
    return out;
  }

  /** One analysed article in a listing. */
  public record ArticleSummary(
      long id, String docId, String title, String outlet, String published) {}

  /** Analysed articles, newest published first, at most {@code limit}. */
  public List<ArticleSummary> articles(int limit) {
    List<ArticleSummary> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT id, doc_id, title, outlet, published FROM articles"
                    + " WHERE status = 'analysed' ORDER BY published DESC, id LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ArticleSummary(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("listing articles", e);
    }
    return out;
  }

  /**
   * One stored article: its metadata, the original text and the analysis record as stored (the
   * contract's JSON; null unless the article was analysed).
   */
  public record StoredArticle(
      long id,
      String status,
      String docId,
      String title,
      String outlet,
      String url,
      String published,
      String text,
      String recordJson) {}

  /** The article stored under {@code id}, if any. */
  public java.util.Optional<StoredArticle> article(long id) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT id, status, doc_id, title, outlet, url, published, text, record_json"
                    + " FROM articles WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(
            new StoredArticle(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading article " + id, e);
    }
  }

  /** One failed input and why. */
  public record Failure(String input, String reason, String at) {}

  /** Every failed input, in the order they were stored. */
  public List<Failure> failures() {
    List<Failure> out = new ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT input_name, reason, ingested_at FROM articles WHERE status = 'failed'"
                        + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading failures", e);
    }
    return out;
  }

  /** What the corpus holds, in a few numbers and names. */
  public record Overview(
      long articles,
      long events,
      long eventReports,
      long quotes,
      long quantities,
      long places,
      List<String> topPlaces,
      List<String> topSpeakers) {
    /** Copies the lists. */
    public Overview {
      topPlaces = List.copyOf(topPlaces);
      topSpeakers = List.copyOf(topSpeakers);
    }
  }

  /** Counts of what was found, and the most-mentioned places and most-quoted speakers. */
  public Overview overview() {
    return new Overview(
        scalar("SELECT COUNT(*) FROM articles WHERE status = 'analysed'"),
        scalar("SELECT COUNT(DISTINCT COALESCE(cluster_id, id)) FROM events"),
        scalar("SELECT COUNT(*) FROM events"),
        scalar("SELECT COUNT(*) FROM quotes"),
        scalar("SELECT COUNT(*) FROM quantities"),
        scalar("SELECT COUNT(DISTINCT name) FROM places"),
        names(
            "SELECT name, SUM(mentions) AS n FROM places GROUP BY name ORDER BY n DESC, name"
                + " LIMIT 8"),
        names(
            // a negative source ("No group claimed ...") is a statement about no one speaking
            "SELECT speaker, COUNT(*) AS n FROM quotes WHERE speaker IS NOT NULL"
                + " AND LOWER(speaker) NOT LIKE 'no %' AND LOWER(speaker) NOT LIKE 'none%'"
                + " AND LOWER(speaker) NOT LIKE 'neither %' AND LOWER(speaker) <> 'nobody'"
                + " GROUP BY speaker ORDER BY n DESC, speaker LIMIT 8"));
  }

  private long scalar(String sql) {
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("counting", e);
    }
  }

  private List<String> names(String sql) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1) + " (" + rs.getLong(2) + ")");
      }
    } catch (SQLException e) {
      throw new StoreException("listing", e);
    }
    return out;
  }
}
