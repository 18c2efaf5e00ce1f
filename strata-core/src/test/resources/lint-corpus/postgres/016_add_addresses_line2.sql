ALTER TABLE addresses ADD COLUMN line2 text;
