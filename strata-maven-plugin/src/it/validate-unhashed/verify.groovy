def log = new File(basedir, 'build.log').text
assert log.contains('checksum mismatch: 20240103000000_seed.sql was added'
        + ' (src/main/resources/db/migrations/atlas.sum line 4)')
assert log.contains('BUILD FAILURE')
return true
