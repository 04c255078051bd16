-- Entity lists by NAME: the label under the search normaliser (lower case, accents folded), so both engines list
-- A to Z alike whatever their collation or the label's case. Written by every build; filled here from
-- entity_names, whose row for the label holds the same text.
ALTER TABLE entities ADD COLUMN sort_name TEXT;
UPDATE entities SET sort_name = COALESCE((
  SELECT n.norm FROM entity_names n WHERE n.entity = entities.key AND n.display = entities.label ORDER BY n.ord LIMIT 1
), label);
CREATE INDEX entities_sort_name ON entities (sort_name, key);
