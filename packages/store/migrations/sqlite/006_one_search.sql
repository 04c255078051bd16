-- The FTS5 table of the first search (001), superseded by entity_name_words / entity_name_grams.
DROP TABLE entity_search;
