-- MySQL and MariaDB specifics: generated columns, ON UPDATE, engines, charsets and collations,
-- FULLTEXT and prefix indexes, JSON, bit, year, binary, spatial and uuid types, sequences, comments.
CREATE TABLE documents (
  id int unsigned NOT NULL AUTO_INCREMENT COMMENT 'the key',
  title varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL,
  body longtext NOT NULL,
  lang varchar(8) COLLATE utf8mb4_bin DEFAULT 'en',
  meta json DEFAULT NULL,
  title_len int GENERATED ALWAYS AS (char_length(title)) VIRTUAL,
  upper_title varchar(255) AS (upper(title)) PERSISTENT,
  flags bit(8) NOT NULL DEFAULT b'101',
  yr year DEFAULT NULL,
  digest binary(16) DEFAULT NULL,
  ref uuid DEFAULT NULL,
  ratio double DEFAULT 1.5,
  created date DEFAULT (curdate()),
  touched datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY documents_title_prefix (title(20), lang),
  UNIQUE KEY documents_digest (digest),
  KEY documents_upper (upper_title),
  FULLTEXT KEY documents_body (body) COMMENT 'search',
  CONSTRAINT documents_ratio CHECK (ratio between 0 and 10)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='documents, many kinds of columns' AUTO_INCREMENT=42;

CREATE TABLE places (
  id int NOT NULL PRIMARY KEY,
  loc point NOT NULL,
  area polygon DEFAULT NULL,
  SPATIAL KEY places_loc (loc)
) ENGINE=MyISAM;

CREATE TABLE legacy (
  code char(3) NOT NULL,
  label varchar(50) DEFAULT NULL,
  PRIMARY KEY (code)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE cache (
  k varchar(64) NOT NULL,
  v varbinary(1024) DEFAULT NULL,
  PRIMARY KEY (k) USING HASH
) ENGINE=MEMORY;

CREATE TABLE measures (
  id int NOT NULL,
  a int DEFAULT NULL,
  CONSTRAINT measures_a CHECK (a > 0),
  PRIMARY KEY (id)
);

CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 10 CACHE 50;
CREATE SEQUENCE countdown INCREMENT BY -1 MINVALUE -100 MAXVALUE 0 START WITH 0 CYCLE;
