-- A blog with views and triggers, in the spelling and order Strata prints (foreign keys and checks
-- unnamed first, by columns or expression, then by name: the model's order).
CREATE TABLE `authors` (
  `id` integer NOT NULL,
  `handle` text NOT NULL,
  `bio` text NULL,
  `post_count` integer NOT NULL DEFAULT 0,
  `featured_post_id` integer NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`handle`),
  FOREIGN KEY (`featured_post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL
);
CREATE TABLE `posts` (
  `id` integer NOT NULL,
  `author_id` integer NOT NULL,
  `title` text NOT NULL,
  `body` text NOT NULL DEFAULT '',
  `published` boolean NOT NULL DEFAULT 0,
  `published_at` datetime NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE
);
CREATE INDEX `posts_published` ON `posts` (`published_at` DESC) WHERE published;
CREATE TABLE `tags` (
  `name` text NOT NULL COLLATE NOCASE,
  PRIMARY KEY (`name`)
) WITHOUT ROWID;
CREATE TABLE `post_tags` (
  `post_id` integer NOT NULL,
  `tag` text NOT NULL,
  PRIMARY KEY (`post_id`, `tag`),
  FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tag`) REFERENCES `tags` (`name`) ON UPDATE CASCADE
);
CREATE TABLE `comments` (
  `id` integer NOT NULL,
  `post_id` integer NOT NULL,
  `parent_id` integer NULL,
  `body` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `body_not_empty` CHECK (length(body) > 0)
);
CREATE VIEW `published_posts` AS SELECT p.id, p.title, a.handle FROM posts AS p JOIN authors AS a ON a.id = p.author_id WHERE p.published;
CREATE VIEW `tag_counts` AS SELECT tag, count(*) AS posts FROM post_tags GROUP BY tag;
CREATE TRIGGER `posts_count_insert` AFTER INSERT ON `posts` BEGIN
  UPDATE authors SET post_count = post_count + 1 WHERE id = new.author_id;
END;
CREATE TRIGGER `posts_count_delete` AFTER DELETE ON `posts` BEGIN
  UPDATE authors SET post_count = post_count - 1 WHERE id = old.author_id;
END;
CREATE TRIGGER `posts_touch` AFTER UPDATE OF `title`, `body` ON `posts` FOR EACH ROW WHEN old.body <> new.body BEGIN
  UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = new.id;
END;
CREATE TRIGGER `published_posts_insert` INSTEAD OF INSERT ON `published_posts` BEGIN
  INSERT INTO posts (title, author_id, published) SELECT new.title, id, 1 FROM authors WHERE handle = new.handle;
END;
