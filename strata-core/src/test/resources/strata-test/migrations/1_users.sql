CREATE TABLE users (id int PRIMARY KEY, name varchar(100));
INSERT INTO users VALUES (1, 'a');
