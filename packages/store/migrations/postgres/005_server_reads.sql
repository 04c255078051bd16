-- What the server's reads need to stay indexed as the store grows.
-- Names and aliases under graph-model's search normaliser (normalizeSearchText), one row per distinct name of an
-- entity: exact lookups and name prefixes (text_pattern_ops), and, when the pg_trgm extension is available (it
-- ships in Debian's postgresql package), word prefixes and misspellings through a trigram GIN index.
CREATE TABLE entity_names (
  entity TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  display TEXT NOT NULL,
  norm TEXT NOT NULL,
  PRIMARY KEY (entity, ord)
);
CREATE INDEX entity_names_norm ON entity_names (norm text_pattern_ops);
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available: search matches name prefixes only';
END $$;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX entity_names_trgm ON entity_names USING GIN (norm gin_trgm_ops)';
  END IF;
END $$;

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
