ALTER TABLE products ADD COLUMN weight_g int;
