ALTER TABLE orders ADD CONSTRAINT orders_coupon FOREIGN KEY (coupon_code) REFERENCES coupons (code) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_coupon;
