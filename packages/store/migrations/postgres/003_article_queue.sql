-- The article queue for distributed building: `kg ingest` and POST /articles add rows, `kg worker` claims them
-- with SELECT ... FOR UPDATE SKIP LOCKED, extracts, and stores the extraction on the row. A claim whose worker
-- stopped sending heartbeats is taken back by the next claim. Once nothing is waiting, one worker (holding an
-- advisory lock) resolves entities across all extracted articles and writes the next build.
CREATE TABLE article_queue (
  id BIGSERIAL PRIMARY KEY,
  file TEXT NOT NULL,
  body TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  heartbeat_at TIMESTAMPTZ,
  error TEXT,
  article JSONB,
  extraction JSONB,
  enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  done_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX article_queue_file_body ON article_queue (file, body_hash);
CREATE INDEX article_queue_waiting ON article_queue (id) WHERE status = 'queued';
CREATE INDEX article_queue_running ON article_queue (heartbeat_at) WHERE status = 'running';
CREATE INDEX article_queue_done ON article_queue (file, id) WHERE status = 'done';

-- The highest queue id whose extraction is in the latest build (one row).
CREATE TABLE queue_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  resolved_through BIGINT NOT NULL DEFAULT 0,
  resolved_done INTEGER NOT NULL DEFAULT 0
);
INSERT INTO queue_state (id) VALUES (1);
