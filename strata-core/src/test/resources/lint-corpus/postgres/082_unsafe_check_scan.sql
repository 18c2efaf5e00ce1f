ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0);
