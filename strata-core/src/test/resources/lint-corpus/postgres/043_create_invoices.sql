CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  amount numeric(12,2) NOT NULL
);
CREATE INDEX invoices_order ON invoices (order_id);
