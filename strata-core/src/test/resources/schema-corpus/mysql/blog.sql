-- A blog: authors, posts, comments, views over them, triggers keeping counters, a function and a procedure.
CREATE TABLE authors (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  handle varchar(40) NOT NULL,
  bio text,
  posts_count int NOT NULL DEFAULT 0,
  UNIQUE KEY authors_handle (handle)
);

CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id int NOT NULL,
  title varchar(200) NOT NULL,
  body mediumtext NOT NULL,
  published tinyint(1) NOT NULL DEFAULT 0,
  published_at datetime DEFAULT NULL,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY posts_author (author_id),
  FULLTEXT KEY posts_text (title, body),
  CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES authors (id)
);

CREATE TABLE comments (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id int NOT NULL,
  parent_id bigint DEFAULT NULL,
  body varchar(2000) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY comments_post (post_id, created_at DESC),
  CONSTRAINT comments_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT comments_parent_fk FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE
);

CREATE VIEW published_posts AS SELECT p.id, p.title, a.handle FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.published = 1;
CREATE VIEW recent_comments AS SELECT id, post_id, created_at FROM comments WHERE created_at > '2020-01-01' WITH LOCAL CHECK OPTION;

CREATE TRIGGER `posts_count_up` AFTER INSERT ON `posts` FOR EACH ROW UPDATE authors SET posts_count = posts_count + 1 WHERE id = NEW.author_id;
CREATE TRIGGER `posts_count_down` AFTER DELETE ON `posts` FOR EACH ROW UPDATE authors SET posts_count = posts_count - 1 WHERE id = OLD.author_id;
DELIMITER //
CREATE TRIGGER `posts_publish` BEFORE UPDATE ON `posts` FOR EACH ROW BEGIN
  IF NEW.published = 1 AND OLD.published = 0 THEN
    SET NEW.published_at = NOW();
  END IF;
END//
DELIMITER ;

CREATE FUNCTION slugify(t varchar(200)) RETURNS varchar(200) DETERMINISTIC RETURN lower(replace(t, ' ', '-'));
DELIMITER //
CREATE PROCEDURE publish(IN post int, OUT changed int)
BEGIN
  UPDATE posts SET published = 1 WHERE id = post;
  SET changed = ROW_COUNT();
END//
DELIMITER ;
