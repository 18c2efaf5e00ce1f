CREATE SCHEMA audit;
CREATE TABLE audit.events (
  id bigserial PRIMARY KEY,
  happened_at timestamptz NOT NULL DEFAULT now(),
  actor text,
  what jsonb NOT NULL
);
