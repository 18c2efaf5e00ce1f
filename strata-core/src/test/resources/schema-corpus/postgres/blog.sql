-- A blog: posts, comments, a view and a materialized view, trigger functions and triggers.
CREATE TABLE authors (
    id serial PRIMARY KEY,
    handle text NOT NULL UNIQUE,
    bio text
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    published boolean NOT NULL DEFAULT false,
    updated_at timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text NOT NULL,
    parent_id bigint REFERENCES comments (id)
);
CREATE INDEX comments_post ON comments (post_id);
CREATE VIEW published_posts AS
    SELECT p.id, p.title, a.handle FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.published;
CREATE VIEW drafts AS SELECT id, title, published FROM posts WHERE NOT published WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW post_stats AS
    SELECT post_id, count(*) AS comments FROM comments GROUP BY post_id;
CREATE UNIQUE INDEX post_stats_post ON post_stats (post_id);
COMMENT ON VIEW published_posts IS 'what readers see';
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE FUNCTION post_count(author integer) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM posts WHERE author_id = author $$;
CREATE TRIGGER posts_touch BEFORE UPDATE OF title, body ON posts
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();
CREATE FUNCTION forbid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'read only'; END $$;
CREATE TRIGGER authors_no_truncate BEFORE TRUNCATE ON authors FOR EACH STATEMENT EXECUTE FUNCTION forbid();
COMMENT ON TRIGGER posts_touch ON posts IS 'keeps updated_at';
