-- Events reported inside a claim carry its certainty; events recalled as background (two or more
-- years before the article) are flagged. Keep in step with ../postgresql/V3__*.sql.
ALTER TABLE events ADD COLUMN certainty TEXT;
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;

-- Who moved from where to where, how many, when, and who says so (the record's movements).
CREATE TABLE movements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  who TEXT,
  count_low REAL,
  count_high REAL,
  from_name TEXT,
  from_lat REAL,
  from_lon REAL,
  from_geonames_id BIGINT,
  to_name TEXT,
  to_lat REAL,
  to_lon REAL,
  to_geonames_id BIGINT,
  date_value TEXT,
  date_text TEXT,
  day_from TEXT,
  day_to TEXT,
  source_name TEXT,
  certainty TEXT,
  evidence TEXT
);
CREATE INDEX movements_article ON movements (article_id);
CREATE INDEX movements_day ON movements (day_from);
