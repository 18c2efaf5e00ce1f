ALTER TABLE coupons RENAME TO vouchers;
