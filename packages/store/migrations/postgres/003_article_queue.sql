-- The article queue for distributed building: `kg ingest` and POST /articles add rows, `kg worker` claims them
-- with SELECT ... FOR UPDATE SKIP LOCKED, extracts, and marks them done. A claim whose worker stopped sending
-- heartbeats is taken back by the next claim.
CREATE TABLE article_queue (
  id BIGSERIAL PRIMARY KEY,
  file TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  heartbeat_at TIMESTAMPTZ,
  error TEXT,
  extraction JSONB,
  enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  done_at TIMESTAMPTZ
);
CREATE INDEX article_queue_waiting ON article_queue (id) WHERE status = 'queued';
CREATE INDEX article_queue_running ON article_queue (heartbeat_at) WHERE status = 'running';
