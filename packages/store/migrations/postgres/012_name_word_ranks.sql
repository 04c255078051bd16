-- Word-prefix search in PageRank order without sorting every match: one row per word of each entity name, with
-- the entity's PageRank and type copied in (every build keeps them in step), indexed by word and then PageRank, so
-- the strongest names starting with a word are the first entries of that word's range. A common prefix ("hold"
-- in thousands of "... Holdings") is answered by reading the top few entries of each distinct word it begins.
-- Words and entity keys compare in byte order ("C"), as on SQLite: a prefix is one index range, and ties in
-- PageRank are listed alike on both engines.
CREATE TABLE name_word_ranks (
  entity TEXT COLLATE "C" NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  word TEXT COLLATE "C" NOT NULL,
  pagerank DOUBLE PRECISION NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (entity, ord, pos)
);
CREATE INDEX name_word_ranks_word ON name_word_ranks (word, pagerank DESC, entity, ord, type);
-- Stores written before this table: its rows from the names already there (norm's words are space-separated).
INSERT INTO name_word_ranks (entity, ord, pos, word, pagerank, type)
SELECT n.entity, n.ord, (w.pos - 1)::int, w.word, e.pagerank, e.type
FROM entity_names n JOIN entities e ON e.key = n.entity
CROSS JOIN LATERAL regexp_split_to_table(n.norm, ' ') WITH ORDINALITY AS w(word, pos)
WHERE w.word <> '';
