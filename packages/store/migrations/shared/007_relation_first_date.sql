-- A relation's date as the API shows and sorts it: its own date, else the date of the first of its documents
-- (in the relation's order) that has one. Written by every build; filled for existing rows by the engine's part.
ALTER TABLE relations ADD COLUMN first_date TEXT;
CREATE INDEX relations_by_date ON relations ((COALESCE(first_date, '')) DESC, key) WHERE category <> 'MENTIONS';
