-- Word-prefix search in PageRank order without sorting every match: one row per word of each entity name, with
-- the entity's PageRank and type copied in (every build keeps them in step), indexed by word and then PageRank, so
-- the strongest names starting with a word are the first entries of that word's range. A common prefix ("hold"
-- in thousands of "... Holdings") is answered by reading the top few entries of each distinct word it begins.
CREATE TABLE name_word_ranks (
  entity TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  word TEXT NOT NULL,
  pagerank REAL NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (entity, ord, pos)
);
CREATE INDEX name_word_ranks_word ON name_word_ranks (word, pagerank DESC, entity, ord, type);
-- Stores written before this table: its rows from the names already there (norm's words are space-separated).
WITH RECURSIVE split(entity, ord, pos, word, rest) AS (
  SELECT entity, ord, -1, '', norm || ' ' FROM entity_names
  UNION ALL
  SELECT entity, ord, pos + 1, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
  FROM split WHERE rest <> ''
)
INSERT INTO name_word_ranks (entity, ord, pos, word, pagerank, type)
SELECT s.entity, s.ord, s.pos, s.word, e.pagerank, e.type FROM split s JOIN entities e ON e.key = s.entity
WHERE s.pos >= 0 AND s.word <> '';
