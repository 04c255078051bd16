-- Name look-ups and search read entity_names (migration 004 on SQLite, 005 on PostgreSQL): aliases.norm is no
-- longer looked up by, so its index goes. The engine's own part drops the older whole-name search index.
DROP INDEX aliases_norm;
