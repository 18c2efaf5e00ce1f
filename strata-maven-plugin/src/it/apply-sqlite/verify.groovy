def log = new File(basedir, 'build.log').text
assert new File(basedir, 'app.db').isFile()
assert log.contains('[INFO] Migrating to version 20240101000000 (1 migrations in total):')
assert log.contains('[INFO]     -> CREATE TABLE users (\n[INFO]          id int PRIMARY KEY,')
assert log.contains('[INFO] Migrating to version 20240102000000 from 20240101000000 (1 migrations in total):')
assert log.contains('[INFO]     -> INSERT INTO users VALUES (1, \'ada\');')
assert log.contains('[INFO]   -- 2 sql statements')
assert log.contains('[INFO] No migration files to execute')
assert log.contains('[INFO] Migration Status: OK\n[INFO]   -- Current Version: 20240102000000')
assert log.contains('[INFO]   -- Executed Files:  2')
assert log.contains('Strata: src/main/resources/db/migrations is valid (2 migration files match atlas.sum)')
return true
