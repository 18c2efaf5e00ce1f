def dir = new File(basedir, 'migrations')
def files = dir.list().findAll { it.endsWith('.sql') }
assert files.size() == 1 && files[0] ==~ /\d{14}_add_users\.sql/
def sum = new File(dir, 'atlas.sum').text
assert sum.contains(files[0] + ' h1:')
def log = new File(basedir, 'build.log').text
assert log.contains('Strata: created migrations/' + files[0])
assert log.contains('Strata: wrote migrations/atlas.sum (1 files)')
assert log.contains('Strata: migrations is valid (1 migration files match atlas.sum)')
return true
