-- Full-text search over the match form with the 'simple' configuration: words are only lower-cased,
-- never stemmed. The match form (normalized in Java, the same way as queries) already unifies the
-- spellings that matter (hamza and madda on alef, alef maksura, teh marbuta, diacritics). The
-- built-in 'arabic' configuration stems, and over-stems names: بنغازي becomes نغاز and الولايات
-- becomes ولا, so place and person names match unrelated words. The search query repeats this
-- expression exactly, which is what lets the planner use the index.
CREATE INDEX articles_search ON articles
  USING gin (to_tsvector('simple', title_match || ' ' || body_match));
