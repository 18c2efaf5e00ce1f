ALTER TABLE payments ADD CONSTRAINT payments_invoice2 FOREIGN KEY (invoice_id) REFERENCES invoices (id);
