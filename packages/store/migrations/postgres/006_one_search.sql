-- The tsvector search of the first schema (002), superseded by entity_names and its trigram index.
DROP INDEX entities_names_search;
ALTER TABLE entities DROP COLUMN names;
