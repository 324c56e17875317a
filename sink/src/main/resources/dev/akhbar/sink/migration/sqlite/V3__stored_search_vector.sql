-- Version 3 stores PostgreSQL's search vector in a column of its own. SQLite's FTS5 index already
-- keeps its own token lists and needs no change; this migration exists so that one version number
-- names one schema in both databases.
SELECT 1;
