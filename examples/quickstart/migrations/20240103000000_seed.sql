INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada');
INSERT INTO posts (id, author_id, title, body) VALUES (1, 1, 'Hello', 'First post; written with Strata.');
