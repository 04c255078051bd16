DROP INDEX entities_sort_name;
CREATE INDEX entities_sort_name ON entities (sort_name COLLATE "C", key COLLATE "C");
