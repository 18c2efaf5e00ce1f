-- atlas:txmode none

CREATE INDEX CONCURRENTLY users_last_login_at ON users (last_login_at);
