ALTER TABLE reviews ADD COLUMN order_id bigint;

-- atlas:nolint pg_locks
ALTER TABLE reviews ADD CONSTRAINT reviews_order FOREIGN KEY (order_id) REFERENCES orders (id);
