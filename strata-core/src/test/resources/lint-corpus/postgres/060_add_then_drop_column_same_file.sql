ALTER TABLE products ADD COLUMN scratch int;
ALTER TABLE products DROP COLUMN scratch;
