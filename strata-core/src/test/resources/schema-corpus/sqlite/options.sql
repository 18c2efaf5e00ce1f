-- SQLite's table options and column features: STRICT, WITHOUT ROWID, AUTOINCREMENT, generated
-- columns, partial and expression indexes, unique constraints numbered around a primary key.
CREATE TABLE `events` (
  `id` integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  `kind` text NOT NULL,
  `payload` text NOT NULL DEFAULT '{}',
  `day` text NULL AS (substr(kind, 1, 10)) VIRTUAL,
  `size` integer NULL AS (length(payload)) STORED
) STRICT;
CREATE INDEX `events_kind_day` ON `events` (`kind`, `day`);
CREATE INDEX `events_big` ON `events` (`size`) WHERE size > 1000;
CREATE TABLE `kv` (
  `k` text NOT NULL,
  `v` blob NULL,
  `n` real NOT NULL DEFAULT -1.5,
  PRIMARY KEY (`k`)
) WITHOUT ROWID, STRICT;
CREATE TABLE `pairs` (
  `a` text NOT NULL,
  `b` text NOT NULL,
  `c` text NULL,
  `d` int NULL,
  UNIQUE (`c`),
  PRIMARY KEY (`a` DESC, `b`),
  UNIQUE (`d`, `c`)
);
CREATE INDEX `pairs_expr` ON `pairs` ((a || '-' || b), `c` COLLATE NOCASE DESC);
CREATE TABLE `typed` (
  `i` int NULL,
  `u` unsigned big int NULL,
  `v` varying character(20) NULL,
  `dn` double precision NULL,
  `n` numeric(10,5) NULL,
  `custom` my_type NULL,
  `b` blob NULL DEFAULT x'00ff',
  `q` text NULL DEFAULT 'it''s',
  `t` boolean NULL DEFAULT true,
  `z` text NULL DEFAULT NULL
);
