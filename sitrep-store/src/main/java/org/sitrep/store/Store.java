package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.sitrep.core.article.Article;
import org.sitrep.core.model.AnalysisRecord;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.Range;
import org.sitrep.core.model.Source;

/**
 * The corpus database. Every input document becomes one row of {@code articles} (analysed,
 * duplicate or failed), written with all its extractions in one transaction, so a run killed at any
 * point and started again loses nothing and duplicates nothing. All SQL is parameterised.
 *
 * <p>One store is used by one thread at a time.
 */
public final class Store implements AutoCloseable {
  /** The default database file, relative to the working directory. */
  public static final String DEFAULT_FILE = "sitrep.db";

  private final Connection conn;
  private final Dialect dialect;

  private Store(Connection conn, Dialect dialect) {
    this.conn = conn;
    this.dialect = dialect;
  }

  /**
   * Opens (creating and migrating when needed) the database at {@code target}: a file path for
   * SQLite, or a JDBC URL ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://host/db?user=..}).
   */
  public static Store open(String target) {
    String url = jdbcUrl(target);
    Dialect dialect = Dialect.of(url);
    try {
      if (dialect == Dialect.SQLITE) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      }
      Flyway.configure()
          .dataSource(url, null, null)
          .locations(dialect.migrations())
          .javaMigrations(new V3_1__Backfill_movements())
          .loggers("slf4j")
          .load()
          .migrate();
      Connection conn = DriverManager.getConnection(url);
      if (dialect == Dialect.SQLITE) {
        try (Statement s = conn.createStatement()) {
          // WAL: readers (queries, the reliability test) never block the single writer.
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      return new Store(conn, dialect);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open database " + safe(url) + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC URL for a {@code --db} value: a JDBC URL as is, anything else a SQLite file. */
  public static String jdbcUrl(String target) {
    return target.startsWith("jdbc:") ? target : "jdbc:sqlite:" + target;
  }

  /** The URL without its password, for messages. */
  static String safe(String url) {
    return url.replaceAll("(?i)password=[^&]*", "password=***");
  }

  /** The engine behind this store. */
  public Dialect dialect() {
    return dialect;
  }

  Connection connection() {
    return conn;
  }

  /** The names of every input already stored, whatever became of it. */
  public Set<String> inputNames() {
    return names("SELECT input_name FROM articles");
  }

  /** The names of the stored inputs that failed (a subset of {@link #inputNames()}). */
  public Set<String> failedInputNames() {
    return names("SELECT input_name FROM articles WHERE status = 'failed'");
  }

  private Set<String> names(String sql) {
    Set<String> names = new HashSet<>();
    try (PreparedStatement ps = conn.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("reading stored inputs", e);
    }
    return names;
  }

  /** A stored original: its content hash and near-duplicate fingerprint. */
  public record Original(String contentHash, String fingerprint) {}

  /** Every analysed article (the originals duplicates are checked against), in storage order. */
  public List<Original> originals() {
    List<Original> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT content_hash, fingerprint FROM articles WHERE status = 'analysed'"
                    + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Original(rs.getString(1), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading stored articles", e);
    }
    return out;
  }

  /** Where an input document came from and what it is, apart from its analysis. */
  public record Input(
      String name, String contentHash, String fingerprint, Article article, String byline) {}

  /** Stores an analysed article and all its extractions in one transaction. */
  public void saveAnalysed(Input in, AnalysisRecord record, long analysisMillis) {
    transaction(
        () -> {
          long id = insertArticle(in, "analysed", null, null, null, null, record, analysisMillis);
          if (dialect == Dialect.SQLITE) {
            try (PreparedStatement ps =
                conn.prepareStatement(
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")) {
              ps.setLong(1, id);
              ps.setString(2, in.article().title());
              ps.setString(3, in.article().text());
              ps.executeUpdate();
            }
          }
          insertEvents(id, record);
          insertQuotes(id, record);
          insertQuantities(id, record);
          insertPlaces(id, record);
          MovementRows.insert(conn, id, RecordJson.mapper().valueToTree(record.movements()));
        });
  }

  /** Stores a duplicate, linked to its original by the original's content hash. */
  public void saveDuplicate(Input in, String originalHash, String kind, double similarity) {
    transaction(
        () -> insertArticle(in, "duplicate", originalHash, kind, similarity, null, null, 0));
  }

  /** Stores an input that could not be ingested or analysed, with the reason. */
  public void saveFailure(Input in, String reason) {
    transaction(() -> insertArticle(in, "failed", null, null, null, reason, null, 0));
  }

  private long insertArticle(
      Input in,
      String status,
      String duplicateOf,
      String kind,
      Double similarity,
      String reason,
      AnalysisRecord record,
      long millis)
      throws SQLException {
    Article a = in.article();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO articles (input_name, status, content_hash, fingerprint, doc_id, title,"
                + " outlet, byline, url, published, text, duplicate_of, duplicate_kind,"
                + " similarity, reason, record_json, analysis_ms, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      int i = 0;
      ps.setString(++i, in.name());
      ps.setString(++i, status);
      ps.setString(++i, in.contentHash());
      ps.setString(++i, "analysed".equals(status) ? in.fingerprint() : null);
      ps.setString(++i, a == null ? null : a.id());
      ps.setString(++i, a == null ? null : a.title());
      ps.setString(++i, a == null ? null : a.source());
      ps.setString(++i, in.byline());
      ps.setString(++i, a == null ? null : a.url());
      ps.setString(++i, a == null || a.published() == null ? null : a.published().toString());
      ps.setString(++i, record == null ? null : a.text());
      ps.setString(++i, duplicateOf);
      ps.setString(++i, kind);
      setDouble(ps, ++i, similarity);
      ps.setString(++i, reason);
      ps.setString(++i, record == null ? null : RecordJson.line(record));
      ps.setLong(++i, millis);
      ps.setString(++i, Instant.now().toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void insertEvents(long articleId, AnalysisRecord record) throws SQLException {
    int ordinal = 0;
    for (Event e : record.events()) {
      long eventId;
      Timex.Days days = e.date() == null ? null : Timex.days(e.date().value());
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO events (article_id, ordinal, event_key, type, sub_type, date_value,"
                  + " date_text, day_from, day_to, place_name, lat, lon, geonames_id,"
                  + " fatalities_low, fatalities_high, injured_low, injured_high, source_name,"
                  + " evidence, certainty, background)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " RETURNING id")) {
        int i = 0;
        ps.setLong(++i, articleId);
        ps.setInt(++i, ordinal++);
        ps.setString(++i, e.id());
        ps.setString(++i, e.type());
        ps.setString(++i, e.subType());
        ps.setString(++i, e.date() == null ? null : e.date().value());
        ps.setString(++i, e.date() == null ? null : e.date().text());
        ps.setString(++i, days == null ? null : days.from().toString());
        ps.setString(++i, days == null ? null : days.to().toString());
        ps.setString(++i, e.place() == null ? null : e.place().name());
        setDouble(ps, ++i, e.place() == null ? null : e.place().lat());
        setDouble(ps, ++i, e.place() == null ? null : e.place().lon());
        setLong(ps, ++i, e.place() == null ? null : e.place().geonamesId());
        setRange(ps, ++i, e.fatalities());
        ++i;
        setRange(ps, ++i, e.injured());
        ++i;
        ps.setString(++i, sourceName(e.source()));
        ps.setString(++i, RecordJson.mapper().writeValueAsString(e.evidence()));
        ps.setString(++i, e.certainty() == null ? null : e.certainty().toString());
        ps.setBoolean(++i, e.background());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          eventId = rs.getLong(1);
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
        throw new SQLException("cannot write evidence", x);
      }
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)")) {
        for (var actor : e.actors()) {
          if (actor.name() == null) {
            continue;
          }
          ps.setLong(1, eventId);
          ps.setString(2, actor.name());
          ps.setString(3, actor.role());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private void insertQuotes(long articleId, AnalysisRecord record) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO quotes (article_id, ordinal, speaker, speaker_description, text, kind,"
                + " cue, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Quote q : record.quotes()) {
        int i = 0;
        ps.setLong(++i, articleId);
        ps.setInt(++i, ordinal++);
        ps.setString(++i, sourceName(q.speaker()));
        ps.setString(++i, q.speaker() == null ? null : q.speaker().description());
        ps.setString(++i, q.text());
        ps.setString(++i, q.kind() == null ? null : q.kind().toString());
        ps.setString(++i, q.cue());
        ps.setInt(++i, q.start());
        ps.setInt(++i, q.end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertQuantities(long articleId, AnalysisRecord record) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO quantities (article_id, ordinal, text, low, high, unit, counts,"
                + " approximate, source_name, place_name, group_key, start_offset, end_offset,"
                + " certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Quantity q : record.quantities()) {
        Place place = EstimateKey.placeOf(q, record.places(), record.document().text());
        String placeName = place == null ? null : place.name();
        int i = 0;
        ps.setLong(++i, articleId);
        ps.setInt(++i, ordinal++);
        ps.setString(++i, q.text());
        setDouble(ps, ++i, q.low());
        setDouble(ps, ++i, q.high());
        ps.setString(++i, q.unit());
        ps.setString(++i, q.counts());
        ps.setInt(++i, q.approximate() ? 1 : 0);
        ps.setString(++i, sourceName(q.source()));
        ps.setString(++i, placeName);
        ps.setString(++i, EstimateKey.of(q.counts(), place));
        ps.setInt(++i, q.start());
        ps.setInt(++i, q.end());
        ps.setString(++i, q.certainty() == null ? null : q.certainty().toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertPlaces(long articleId, AnalysisRecord record) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO places (article_id, name, geonames_id, lat, lon, country_code, admin1,"
                + " feature, mentions, within_place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Place p : record.places()) {
        if (p.name() == null) {
          continue;
        }
        int i = 0;
        ps.setLong(++i, articleId);
        ps.setString(++i, p.name());
        setLong(ps, ++i, p.geonamesId());
        setDouble(ps, ++i, p.lat());
        setDouble(ps, ++i, p.lon());
        ps.setString(++i, p.countryCode());
        ps.setString(++i, p.admin1());
        ps.setString(++i, p.feature());
        ps.setInt(++i, p.mentions().size());
        ps.setString(++i, p.within());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static String sourceName(Source s) {
    if (s == null) {
      return null;
    }
    return s.name() != null ? s.name() : s.description();
  }

  private static void setRange(PreparedStatement ps, int i, Range r) throws SQLException {
    setDouble(ps, i, r == null ? null : r.low());
    setDouble(ps, i + 1, r == null ? null : r.high());
  }

  static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  /** A unit of work inside one transaction. */
  interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none. */
  void transaction(Work work) {
    try {
      conn.setAutoCommit(false);
      try {
        work.run();
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed: " + e.getMessage(), e);
    }
  }

  /** How many inputs the store holds, by outcome. */
  public record Totals(long analysed, long duplicates, long failed) {
    /** Every stored input. */
    public long all() {
      return analysed + duplicates + failed;
    }
  }

  /** Counts the stored inputs by outcome. */
  public Totals totals() {
    long analysed = 0;
    long duplicates = 0;
    long failed = 0;
    try (PreparedStatement ps =
            conn.prepareStatement("SELECT status, COUNT(*) FROM articles GROUP BY status");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        switch (rs.getString(1)) {
          case "analysed" -> analysed = rs.getLong(2);
          case "duplicate" -> duplicates = rs.getLong(2);
          case "failed" -> failed = rs.getLong(2);
          default -> throw new StoreException("unknown status " + rs.getString(1), null);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("counting articles", e);
    }
    return new Totals(analysed, duplicates, failed);
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("closing the database", e);
    }
  }
}
