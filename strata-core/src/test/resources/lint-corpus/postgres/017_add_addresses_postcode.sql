ALTER TABLE addresses ADD COLUMN postcode varchar(20);
