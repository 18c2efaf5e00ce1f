ALTER TABLE categories ADD COLUMN position int;
