def log = new File(basedir, 'build.log').text
assert log.contains('Strata: database postgres://strata:xxxxx@127.0.0.1:1/nodb')
assert log.contains('BUILD FAILURE')
assert !log.contains('TopSecret123')
return true
