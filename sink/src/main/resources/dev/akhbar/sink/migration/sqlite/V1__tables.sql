-- akhbar's tables in SQLite. Times are ISO-8601 text in UTC with a fixed three-digit fraction and a
-- trailing Z (2024-05-01T09:30:00.000Z), so that text order is time order. The PostgreSQL migration
-- of the same version creates the same tables and columns.

-- One row per story original. A demoted original leaves this table for duplicates; a removed one
-- stays, marked removed.
CREATE TABLE articles (
  article_id        TEXT    NOT NULL PRIMARY KEY,
  source_id         TEXT,
  url               TEXT    NOT NULL,
  canonical_url     TEXT,
  title             TEXT    NOT NULL,
  body              TEXT    NOT NULL,
  title_match       TEXT    NOT NULL,
  body_match        TEXT    NOT NULL,
  published_at      TEXT,
  modified_at       TEXT,
  fetched_at        TEXT,
  language          TEXT,
  version           INTEGER NOT NULL,
  dedup_revision    INTEGER NOT NULL,
  cluster_id        TEXT,
  copies            INTEGER NOT NULL DEFAULT 0,
  change            TEXT    NOT NULL,
  removed           INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  section           TEXT,
  authors           TEXT    NOT NULL DEFAULT '[]',
  image_url         TEXT,
  extraction_method TEXT,
  dateline          TEXT,
  dateline_location TEXT,
  processed_at      TEXT
) STRICT;

CREATE INDEX articles_published_at ON articles (published_at DESC);
CREATE INDEX articles_source_published_at ON articles (source_id, published_at DESC);
CREATE INDEX articles_cluster_id ON articles (cluster_id);

-- Entities, topics and keywords of an article, replaced together with it.
CREATE TABLE article_entities (
  article_id      TEXT    NOT NULL,
  ordinal         INTEGER NOT NULL,
  type            TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  field           TEXT,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  canonical       TEXT    NOT NULL,
  canonical_match TEXT    NOT NULL,
  country_code    TEXT,
  PRIMARY KEY (article_id, ordinal)
) STRICT;

CREATE INDEX article_entities_canonical_match ON article_entities (canonical_match, article_id);

CREATE TABLE article_topics (
  article_id TEXT NOT NULL,
  code       TEXT NOT NULL,
  label_ar   TEXT,
  label_en   TEXT,
  score      REAL NOT NULL,
  PRIMARY KEY (article_id, code)
) STRICT;

CREATE INDEX article_topics_code ON article_topics (code, article_id);

CREATE TABLE article_keywords (
  article_id TEXT NOT NULL,
  term       TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (article_id, term)
) STRICT;

-- One row per copy, with its own URL, source, title and date, pointing at its original. method and
-- similarity stay empty while only the demoted article record has arrived, not yet its duplicate
-- record.
CREATE TABLE duplicates (
  article_id   TEXT    NOT NULL PRIMARY KEY,
  duplicate_of TEXT    NOT NULL,
  method       TEXT,
  similarity   REAL,
  matched_by   TEXT,
  url          TEXT,
  source_id    TEXT,
  title        TEXT,
  published_at TEXT,
  revision     INTEGER NOT NULL,
  processed_at TEXT
) STRICT;

CREATE INDEX duplicates_duplicate_of ON duplicates (duplicate_of);

-- Articles set aside on purpose, with the reason.
CREATE TABLE rejected (
  article_id   TEXT NOT NULL PRIMARY KEY,
  reason       TEXT NOT NULL,
  detail       TEXT,
  url          TEXT,
  source_id    TEXT,
  title        TEXT,
  language     TEXT,
  published_at TEXT,
  fetched_at   TEXT,
  rejected_at  TEXT
) STRICT;

CREATE INDEX rejected_reason ON rejected (reason);

-- Records that could not be processed. dead_letter_id is a hash of where the record came from and
-- what it held, so that the same failure delivered twice is one row.
CREATE TABLE dead_letters (
  dead_letter_id   TEXT    NOT NULL PRIMARY KEY,
  stage            TEXT    NOT NULL,
  error_class      TEXT,
  error_message    TEXT,
  source_topic     TEXT,
  source_partition INTEGER,
  source_offset    INTEGER,
  input_line       INTEGER,
  original_base64  TEXT,
  failed_at        TEXT
) STRICT;

CREATE INDEX dead_letters_failed_at ON dead_letters (failed_at);
