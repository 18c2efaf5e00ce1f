def log = new File(basedir, 'build.log').text
assert new File(basedir, 'staging.db').isFile()
assert log.contains('[INFO] Strata: database sqlite://staging.db (from -Dstrata.url), directory src/main/resources/db/migrations')
assert log.contains('[INFO] Migrating to version 20240101000000 (1 migrations in total):')
assert log.contains('BUILD SUCCESS')
assert !log.contains('pom_database')
assert !log.contains('PomSecret123')
return true
