ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'placed';
