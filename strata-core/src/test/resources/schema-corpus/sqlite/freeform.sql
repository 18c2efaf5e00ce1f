-- Written as people write SQLite by hand (and as SQLite's own tools and ORMs do): column
-- constraints inline, mixed quoting and case, comments inside statements, odd names. Only the
-- models are compared for this file: SQLite keeps this text verbatim, Strata prints its own.
CREATE TABLE IF NOT EXISTS "Account Holders" (
  [id] INTEGER PRIMARY KEY,  -- rowid alias
  "e-mail" TEXT NOT NULL UNIQUE COLLATE NOCASE,
  `order` INT DEFAULT (-1) CHECK ("order" >= -1), /* keyword as a name */
  note TEXT DEFAULT ('a, (b)') CONSTRAINT note_len CHECK (length(note) < 100),
  created DATETIME DEFAULT CURRENT_TIMESTAMP,
  flags BLOB DEFAULT X'0F',
  untyped,
  CONSTRAINT "pair" UNIQUE ("e-mail", `order`)
);
CREATE TABLE child(
  id integer primary key autoincrement,
  holder INTEGER REFERENCES "Account Holders" ON DELETE CASCADE,
  code text, version int,
  total real generated always as (version * 1.5),
  FOREIGN KEY(code, version) REFERENCES codes(code, version) ON UPDATE SET DEFAULT
);
CREATE TABLE codes(code text, version int, PRIMARY KEY(code, version DESC)) WITHOUT ROWID;
create unique index child_code on child(code collate nocase desc, version) where code is not null and version > 0;
create index child_expr on child(abs(version) + 1, "code");
CREATE TABLE copy AS SELECT id, holder FROM child;
CREATE VIRTUAL TABLE docs USING fts5(title, body);
CREATE VIEW IF NOT EXISTS child_codes AS
  SELECT code, count(*) AS n
  FROM child GROUP BY code;
CREATE TRIGGER IF NOT EXISTS child_touch BEFORE UPDATE ON child
WHEN new.version < old.version
BEGIN
  SELECT RAISE(ABORT, 'version goes back');
END;
