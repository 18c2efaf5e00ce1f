ALTER TABLE teams ADD COLUMN slug varchar(60);
