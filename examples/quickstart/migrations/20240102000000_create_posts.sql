CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES users (id),
  title VARCHAR(200) NOT NULL,
  body TEXT
);
CREATE INDEX posts_author ON posts (author_id);
