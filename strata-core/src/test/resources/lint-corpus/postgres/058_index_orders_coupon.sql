-- atlas:txmode none

CREATE INDEX CONCURRENTLY orders_coupon_code ON orders (coupon_code);
