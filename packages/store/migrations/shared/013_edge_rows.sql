-- The edge list's page in key order from the index alone: every column it shows, so no relation row (with its
-- document list, thousands of keys on a relation between two countries) is read for it.
CREATE INDEX relations_edge_rows ON relations (key, source, target, category, label, weight, confidence, first_date)
  WHERE category <> 'MENTIONS';
