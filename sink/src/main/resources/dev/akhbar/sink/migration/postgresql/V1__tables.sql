-- akhbar's tables in PostgreSQL: the same tables and columns as the SQLite migration of the same
-- version, with PostgreSQL's types (timestamptz, boolean, jsonb, double precision).

-- One row per story original. A demoted original leaves this table for duplicates; a removed one
-- stays, marked removed.
CREATE TABLE articles (
  article_id        text             NOT NULL PRIMARY KEY,
  source_id         text,
  url               text             NOT NULL,
  canonical_url     text,
  title             text             NOT NULL,
  body              text             NOT NULL,
  title_match       text             NOT NULL,
  body_match        text             NOT NULL,
  published_at      timestamptz,
  modified_at       timestamptz,
  fetched_at        timestamptz,
  language          text,
  version           integer          NOT NULL,
  dedup_revision    integer          NOT NULL,
  cluster_id        text,
  copies            integer          NOT NULL DEFAULT 0,
  change            text             NOT NULL,
  removed           boolean          NOT NULL DEFAULT false,
  section           text,
  authors           jsonb            NOT NULL DEFAULT '[]',
  image_url         text,
  extraction_method text,
  dateline          text,
  dateline_location text,
  processed_at      timestamptz
);

CREATE INDEX articles_published_at ON articles (published_at DESC);
CREATE INDEX articles_source_published_at ON articles (source_id, published_at DESC);
CREATE INDEX articles_cluster_id ON articles (cluster_id);

-- pglz, the default, compresses Arabic text slowly; lz4 (PostgreSQL 14 and later, when built with
-- it) loads about three times faster. Without it the columns keep the server's default.
DO $$
BEGIN
  ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
  ALTER TABLE articles ALTER COLUMN body_match SET COMPRESSION lz4;
  ALTER TABLE articles ALTER COLUMN title SET COMPRESSION lz4;
  ALTER TABLE articles ALTER COLUMN title_match SET COMPRESSION lz4;
EXCEPTION
  WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 compression is not available; text columns keep the default';
END
$$;

-- Entities, topics and keywords of an article, replaced together with it.
CREATE TABLE article_entities (
  article_id      text    NOT NULL,
  ordinal         integer NOT NULL,
  type            text    NOT NULL,
  text            text    NOT NULL,
  field           text,
  start_offset    integer NOT NULL,
  end_offset      integer NOT NULL,
  canonical       text    NOT NULL,
  canonical_match text    NOT NULL,
  country_code    text,
  PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX article_entities_canonical_match ON article_entities (canonical_match, article_id);

CREATE TABLE article_topics (
  article_id text             NOT NULL,
  code       text             NOT NULL,
  label_ar   text,
  label_en   text,
  score      double precision NOT NULL,
  PRIMARY KEY (article_id, code)
);

CREATE INDEX article_topics_code ON article_topics (code, article_id);

CREATE TABLE article_keywords (
  article_id text             NOT NULL,
  term       text             NOT NULL,
  score      double precision NOT NULL,
  PRIMARY KEY (article_id, term)
);

-- One row per copy, with its own URL, source, title and date, pointing at its original. method and
-- similarity stay empty while only the demoted article record has arrived, not yet its duplicate
-- record.
CREATE TABLE duplicates (
  article_id   text             NOT NULL PRIMARY KEY,
  duplicate_of text             NOT NULL,
  method       text,
  similarity   double precision,
  matched_by   text,
  url          text,
  source_id    text,
  title        text,
  published_at timestamptz,
  revision     integer          NOT NULL,
  processed_at timestamptz
);

CREATE INDEX duplicates_duplicate_of ON duplicates (duplicate_of);

-- Articles set aside on purpose, with the reason.
CREATE TABLE rejected (
  article_id   text NOT NULL PRIMARY KEY,
  reason       text NOT NULL,
  detail       text,
  url          text,
  source_id    text,
  title        text,
  language     text,
  published_at timestamptz,
  fetched_at   timestamptz,
  rejected_at  timestamptz
);

CREATE INDEX rejected_reason ON rejected (reason);

-- Records that could not be processed. dead_letter_id is a hash of where the record came from and
-- what it held, so that the same failure delivered twice is one row.
CREATE TABLE dead_letters (
  dead_letter_id   text    NOT NULL PRIMARY KEY,
  stage            text    NOT NULL,
  error_class      text,
  error_message    text,
  source_topic     text,
  source_partition integer,
  source_offset    bigint,
  input_line       bigint,
  original_base64  text,
  failed_at        timestamptz
);

CREATE INDEX dead_letters_failed_at ON dead_letters (failed_at);
