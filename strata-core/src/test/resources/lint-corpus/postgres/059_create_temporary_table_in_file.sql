CREATE TABLE import_rows (id int, payload text);
DROP TABLE import_rows;
