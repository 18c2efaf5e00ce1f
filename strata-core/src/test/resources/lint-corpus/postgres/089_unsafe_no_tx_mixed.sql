-- atlas:txmode none

CREATE INDEX CONCURRENTLY payments_provider ON payments (provider);
ALTER TABLE payments ADD COLUMN refunded boolean;
