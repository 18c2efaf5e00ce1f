ALTER TABLE products ADD CONSTRAINT products_weight_positive CHECK (weight_g > 0) NOT VALID;
ALTER TABLE products VALIDATE CONSTRAINT products_weight_positive;
