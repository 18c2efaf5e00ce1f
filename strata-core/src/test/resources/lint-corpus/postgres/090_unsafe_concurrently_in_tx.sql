CREATE INDEX CONCURRENTLY payments_paid_at ON payments (paid_at);
