ALTER TABLE products ADD CONSTRAINT products_stock_positive CHECK (stock >= 0) NOT VALID;
ALTER TABLE products VALIDATE CONSTRAINT products_stock_positive;
