-- What the server's reads need to stay indexed as the store grows.
-- Names and aliases under graph-model's search normaliser (normalizeSearchText), one row per distinct name of an
-- entity: exact lookups (entity(name:)), word-prefix search (FTS5 phrase prefix) and misspellings (FTS5 trigrams,
-- candidates then checked by edit distance). The FTS tables index entity_names' rows and follow them by triggers.
CREATE TABLE entity_names (
  entity TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  display TEXT NOT NULL,
  norm TEXT NOT NULL,
  PRIMARY KEY (entity, ord)
);
CREATE INDEX entity_names_norm ON entity_names (norm);
CREATE VIRTUAL TABLE entity_name_words USING fts5 (
  norm,
  content = 'entity_names',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE entity_name_grams USING fts5 (
  norm,
  content = 'entity_names',
  content_rowid = 'rowid',
  tokenize = 'trigram',
  detail = 'none'
);
-- How many names hold each trigram: a trigram in thousands of names is skipped without reading its postings.
CREATE VIRTUAL TABLE entity_name_gram_counts USING fts5vocab (entity_name_grams, row);
CREATE TRIGGER entity_names_insert AFTER INSERT ON entity_names BEGIN
  INSERT INTO entity_name_words (rowid, norm) VALUES (new.rowid, new.norm);
  INSERT INTO entity_name_grams (rowid, norm) VALUES (new.rowid, new.norm);
END;
CREATE TRIGGER entity_names_delete AFTER DELETE ON entity_names BEGIN
  INSERT INTO entity_name_words (entity_name_words, rowid, norm) VALUES ('delete', old.rowid, old.norm);
  INSERT INTO entity_name_grams (entity_name_grams, rowid, norm) VALUES ('delete', old.rowid, old.norm);
END;

-- An entity's relations strongest first (weight x confidence, as the API lists them), per end, without MENTIONS.
CREATE INDEX relations_source_strength ON relations (source, (weight * confidence) DESC, confidence DESC, key)
  WHERE category <> 'MENTIONS';
CREATE INDEX relations_target_strength ON relations (target, (weight * confidence) DESC, confidence DESC, key)
  WHERE category <> 'MENTIONS';
-- Breadth-first search reads only the other end (and the category, for filters): covering indexes, no table reads;
-- (source, target) also finds the relations among a set of entities by seeks, however many a hub in it has.
CREATE INDEX relations_source_walk ON relations (source, target, category) WHERE category <> 'MENTIONS';
CREATE INDEX relations_target_walk ON relations (target, source, category) WHERE category <> 'MENTIONS';
-- Paged relation lists in their sort orders, and the edge list in key order.
CREATE INDEX relations_by_confidence ON relations (confidence DESC, key) WHERE category <> 'MENTIONS';
CREATE INDEX relations_by_weight ON relations (weight DESC, key) WHERE category <> 'MENTIONS';
CREATE INDEX relations_related_key ON relations (key) WHERE category <> 'MENTIONS';
-- Community members by PageRank, entity lists by mentions and by name.
CREATE INDEX entities_community_pagerank ON entities (community, pagerank DESC, key);
CREATE INDEX entities_mentions ON entities (mention_count DESC, key);
CREATE INDEX entities_label ON entities (label, key);
CREATE INDEX documents_newest ON documents (date DESC, title, key);
CREATE INDEX documents_file ON documents (file);
