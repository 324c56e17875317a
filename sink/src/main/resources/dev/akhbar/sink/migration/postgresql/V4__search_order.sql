-- Version 4 gives SQLite a table of what a search filters and sorts by (article_search_order),
-- because SQLite keeps those columns behind the text in overflow pages. PostgreSQL moves long text
-- out of the row (TOAST), so articles itself serves; this migration exists so that one version
-- number names one schema in both databases.
SELECT 1;
