CREATE TABLE coupons (
  code varchar(20) PRIMARY KEY,
  percent int NOT NULL CHECK (percent BETWEEN 1 AND 100),
  valid_until date
);
