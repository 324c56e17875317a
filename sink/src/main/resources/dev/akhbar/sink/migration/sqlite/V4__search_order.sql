-- What a search filters and sorts its matches by, kept apart from the text. An article's row holds
-- its body and body_match (several KB each) before published_at, removed and fetched_at, so SQLite
-- stores those behind the text in overflow pages: reading them for every match of a common word
-- walked the overflow chains of thousands of rows, and such a search took seconds. This table has
-- one small row per article, keyed like the full-text index by the article's rowid; a search sorts
-- the matches here and reads only the rows it returns. Triggers keep it equal to articles.
--
-- Like the full-text index it relies on rowids. A VACUUM may renumber the rowids of a table without
-- an INTEGER PRIMARY KEY; after one, rebuild both (docs/sink.md, "Schema").
CREATE TABLE article_search_order (
  article_rowid INTEGER PRIMARY KEY,
  article_id    TEXT    NOT NULL,
  source_id     TEXT,
  published_at  TEXT,
  fetched_at    TEXT,
  removed       INTEGER NOT NULL
) STRICT;

CREATE TRIGGER article_search_order_insert AFTER INSERT ON articles
BEGIN
  INSERT INTO article_search_order
    (article_rowid, article_id, source_id, published_at, fetched_at, removed)
  VALUES (new.rowid, new.article_id, new.source_id, new.published_at, new.fetched_at, new.removed);
END;

CREATE TRIGGER article_search_order_delete AFTER DELETE ON articles
BEGIN
  DELETE FROM article_search_order WHERE article_rowid = old.rowid;
END;

CREATE TRIGGER article_search_order_update
AFTER UPDATE OF article_id, source_id, published_at, fetched_at, removed ON articles
BEGIN
  UPDATE article_search_order
  SET article_id = new.article_id, source_id = new.source_id, published_at = new.published_at,
      fetched_at = new.fetched_at, removed = new.removed
  WHERE article_rowid = old.rowid;
END;

-- Articles stored before this version.
INSERT INTO article_search_order
  (article_rowid, article_id, source_id, published_at, fetched_at, removed)
SELECT rowid, article_id, source_id, published_at, fetched_at, removed FROM articles;
