-- The graph store schema (PostgreSQL). Same tables and columns as ../sqlite/001_schema.sql.
-- Offsets are character offsets into documents.text, end exclusive. JSON columns are jsonb.
-- built_in is the build version that last changed the row. Graphs read back list documents, then entities, each
-- by key, and edges by key (the builder's graph.json order).

CREATE TABLE builds (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  built_at TEXT NOT NULL,
  builder_version TEXT NOT NULL,
  ner_model TEXT,
  document_count INTEGER NOT NULL,
  curation_applied BOOLEAN NOT NULL,
  entity_count INTEGER NOT NULL,
  relation_count INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  changes JSONB NOT NULL,
  extra JSONB
);

CREATE TABLE documents (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  degree DOUBLE PRECISION NOT NULL,
  pagerank DOUBLE PRECISION NOT NULL,
  community INTEGER NOT NULL,
  x DOUBLE PRECISION NOT NULL,
  y DOUBLE PRECISION NOT NULL,
  size DOUBLE PRECISION NOT NULL,
  extra JSONB,
  row_hash TEXT NOT NULL,
  child_hash TEXT NOT NULL,
  built_in INTEGER NOT NULL
);
CREATE INDEX documents_date ON documents (date);

CREATE TABLE sentences (
  doc TEXT NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
  key TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  roles JSONB NOT NULL,
  description TEXT,
  docs JSONB NOT NULL,
  mention_count INTEGER NOT NULL,
  iso TEXT,
  lat DOUBLE PRECISION,
  lng DOUBLE PRECISION,
  degree DOUBLE PRECISION NOT NULL,
  pagerank DOUBLE PRECISION NOT NULL,
  community INTEGER NOT NULL,
  x DOUBLE PRECISION NOT NULL,
  y DOUBLE PRECISION NOT NULL,
  size DOUBLE PRECISION NOT NULL,
  curated BOOLEAN,
  extra JSONB,
  row_hash TEXT NOT NULL,
  child_hash TEXT NOT NULL,
  built_in INTEGER NOT NULL
);
CREATE INDEX entities_type_pagerank ON entities (type, pagerank DESC);
CREATE INDEX entities_pagerank ON entities (pagerank DESC);
CREATE INDEX entities_degree ON entities (degree DESC);
CREATE INDEX entities_community ON entities (community);

CREATE TABLE aliases (
  entity TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  PRIMARY KEY (entity, ord)
);
CREATE INDEX aliases_norm ON aliases (norm);

CREATE TABLE mentions (
  entity TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  doc TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (entity, ord)
);
CREATE INDEX mentions_doc ON mentions (doc, start_offset);

-- Every edge of the graph, MENTIONS (document -> entity) included, so the store holds the whole graph file.
CREATE TABLE relations (
  key TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  category TEXT NOT NULL,
  label TEXT NOT NULL,
  labels JSONB NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  weight DOUBLE PRECISION NOT NULL,
  date TEXT,
  quantities JSONB,
  cameo TEXT,
  docs JSONB NOT NULL,
  curated BOOLEAN,
  note TEXT,
  extra JSONB,
  row_hash TEXT NOT NULL,
  child_hash TEXT NOT NULL,
  built_in INTEGER NOT NULL
);
CREATE INDEX relations_source ON relations (source, weight DESC);
CREATE INDEX relations_target ON relations (target, weight DESC);
CREATE INDEX relations_category ON relations (category);

CREATE TABLE evidence (
  relation TEXT NOT NULL REFERENCES relations (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  doc TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  trigger_start INTEGER,
  trigger_end INTEGER,
  PRIMARY KEY (relation, ord)
);
CREATE INDEX evidence_doc ON evidence (doc);

CREATE TABLE curation_log (
  id BIGSERIAL PRIMARY KEY,
  build INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  op TEXT NOT NULL,
  action JSONB NOT NULL,
  applied BOOLEAN NOT NULL,
  reason TEXT
);
CREATE INDEX curation_log_build ON curation_log (build);
