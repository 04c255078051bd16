-- Each entity's strongest distinct neighbours (at most 256), in the order a neighbourhood offers them: its strongest
-- relation to each (weight x confidence, then confidence, then key), MENTIONS and self-relations left out. A
-- neighbourhood reads a hub's top neighbours by this primary key instead of ranking its thousands of relations.
-- Every build rewrites the lists of the entities at the ends of the relations it changed (src/neighborSummary.ts);
-- the fill below is the same statement over all relations, one file per dialect.
-- WITHOUT ROWID: an entity's list is one range of the primary key, read without a second lookup per row.
CREATE TABLE neighbor_summary (
  entity TEXT NOT NULL,
  ord INTEGER NOT NULL,
  neighbor TEXT NOT NULL,
  strength DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (entity, ord)
) WITHOUT ROWID;
INSERT INTO neighbor_summary (entity, ord, neighbor, strength)
SELECT entity, ord, neighbor, strength FROM (
    SELECT entity, neighbor, strength,
      ROW_NUMBER() OVER (PARTITION BY entity ORDER BY strength DESC, confidence DESC, key) AS ord
    FROM (
      SELECT entity, neighbor, strength, confidence, key,
        ROW_NUMBER() OVER (PARTITION BY entity, neighbor ORDER BY strength DESC, confidence DESC, key) AS nth
      FROM (
        SELECT r.source AS entity, r.target AS neighbor, r.weight * r.confidence AS strength, r.confidence, r.key
        FROM relations r WHERE r.category <> 'MENTIONS' AND r.source <> r.target
        UNION ALL
        SELECT r.target AS entity, r.source AS neighbor, r.weight * r.confidence AS strength, r.confidence, r.key
        FROM relations r WHERE r.category <> 'MENTIONS' AND r.source <> r.target
      ) ends
    ) pairs WHERE nth = 1
  ) ranked WHERE ord <= 256;
