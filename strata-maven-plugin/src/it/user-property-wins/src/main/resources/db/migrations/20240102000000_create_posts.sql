CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users (id));
INSERT INTO users VALUES (1, 'ada');
