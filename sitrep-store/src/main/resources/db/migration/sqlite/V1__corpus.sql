-- The corpus schema, SQLite dialect. Keep in step with ../postgresql/V1__corpus.sql.
-- One row per input document: analysed, duplicate (linked to its original) or failed.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  input_name TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('analysed', 'duplicate', 'failed')),
  content_hash TEXT,
  fingerprint TEXT,
  doc_id TEXT,
  title TEXT,
  outlet TEXT,
  byline TEXT,
  url TEXT,
  published TEXT,
  text TEXT,
  duplicate_of TEXT,
  duplicate_kind TEXT,
  similarity REAL,
  reason TEXT,
  record_json TEXT,
  analysis_ms BIGINT,
  ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_analysed_hash ON articles (content_hash) WHERE status = 'analysed';
CREATE INDEX articles_status ON articles (status);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  event_key TEXT,
  type TEXT,
  sub_type TEXT,
  date_value TEXT,
  date_text TEXT,
  day_from TEXT,
  day_to TEXT,
  place_name TEXT,
  lat REAL,
  lon REAL,
  geonames_id BIGINT,
  fatalities_low REAL,
  fatalities_high REAL,
  injured_low REAL,
  injured_high REAL,
  source_name TEXT,
  evidence TEXT,
  cluster_id BIGINT
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type_day ON events (type, day_from);
CREATE INDEX events_cluster ON events (cluster_id);

CREATE TABLE event_actors (
  event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_name ON event_actors (name);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  speaker TEXT,
  speaker_description TEXT,
  text TEXT NOT NULL,
  kind TEXT,
  cue TEXT,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE quantities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  low REAL,
  high REAL,
  unit TEXT,
  counts TEXT,
  approximate INTEGER NOT NULL,
  source_name TEXT,
  place_name TEXT,
  group_key TEXT,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX quantities_article ON quantities (article_id);
CREATE INDEX quantities_group ON quantities (group_key);

CREATE TABLE places (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  geonames_id BIGINT,
  lat REAL,
  lon REAL,
  country_code TEXT,
  admin1 TEXT,
  feature TEXT,
  mentions INTEGER NOT NULL
);
CREATE INDEX places_article ON places (article_id);
CREATE INDEX places_name ON places (name);

-- Full text of analysed articles (FTS5, ranked with bm25); rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text);
