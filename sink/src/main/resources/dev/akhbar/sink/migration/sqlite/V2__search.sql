-- Full-text search over the match form (diacritics removed, alef, yeh and teh marbuta unified, in
-- Java), so that a query in any spelling finds every spelling. FTS5's unicode61 tokenizer splits on
-- spaces and punctuation only; it must not see diacritics, which it takes for word breaks.
--
-- The index keeps no copy of the text (external content): it reads articles by rowid. A VACUUM may
-- renumber the rowids of a table without an INTEGER PRIMARY KEY; after one, rebuild the index with
--   INSERT INTO articles_search (articles_search) VALUES ('rebuild');
CREATE VIRTUAL TABLE articles_search USING fts5 (
  title_match,
  body_match,
  content = 'articles',
  content_rowid = 'rowid',
  tokenize = 'unicode61'
);

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
BEGIN
  INSERT INTO articles_search (rowid, title_match, body_match)
  VALUES (new.rowid, new.title_match, new.body_match);
END;

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles
BEGIN
  INSERT INTO articles_search (articles_search, rowid, title_match, body_match)
  VALUES ('delete', old.rowid, old.title_match, old.body_match);
END;

-- Re-indexing costs as much as indexing: only when the text changed, not when a replay re-applies
-- the same version or only the removed mark changes.
CREATE TRIGGER articles_search_update AFTER UPDATE OF title_match, body_match ON articles
WHEN old.title_match IS NOT new.title_match OR old.body_match IS NOT new.body_match
BEGIN
  INSERT INTO articles_search (articles_search, rowid, title_match, body_match)
  VALUES ('delete', old.rowid, old.title_match, old.body_match);
  INSERT INTO articles_search (rowid, title_match, body_match)
  VALUES (new.rowid, new.title_match, new.body_match);
END;

-- Articles stored before this version become searchable too.
INSERT INTO articles_search (articles_search) VALUES ('rebuild');
