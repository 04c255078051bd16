-- What incremental resolution keeps between the builds `kg worker` writes (the builder's resolutionIndex.ts
-- format, as text): per article its extraction's identity and per entity its resolved key and resolution tokens.
-- One row, replaced in the transaction of the build it describes, so a build and its index commit together.
CREATE TABLE resolution_index (
  id INTEGER PRIMARY KEY,
  build INTEGER NOT NULL,
  body TEXT NOT NULL
);
