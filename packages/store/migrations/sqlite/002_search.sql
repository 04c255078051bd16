-- Full-text search over entity names and aliases (FTS5), kept in step by the store's writes.
CREATE VIRTUAL TABLE entity_search USING fts5 (
  key UNINDEXED,
  names,
  tokenize = 'unicode61 remove_diacritics 2'
);
