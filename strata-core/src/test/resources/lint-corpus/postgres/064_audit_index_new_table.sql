CREATE TABLE audit.logins (
  user_id bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX logins_user ON audit.logins (user_id);
