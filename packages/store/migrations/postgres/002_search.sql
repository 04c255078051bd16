-- Full-text search over entity names and aliases: a 'simple' tsvector (no stemming: names are not words).
ALTER TABLE entities ADD COLUMN names TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_names_search ON entities USING GIN (to_tsvector('simple', names));
