CREATE TABLE sessions (
  token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id bigint NOT NULL REFERENCES users (id),
  expires_at timestamptz NOT NULL
);
