ALTER TABLE vouchers RENAME COLUMN percent TO discount;
