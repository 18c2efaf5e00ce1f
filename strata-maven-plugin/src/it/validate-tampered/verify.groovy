def log = new File(basedir, 'build.log').text
// Maven 3.9 prints the goal prefix ('strata:'), Maven 3.8 the artifact id.
assert log =~ /\[INFO\] --- strata(-maven-plugin)?:\S+:validate \(default\) @ validate-tampered ---/
assert log.contains('[ERROR] You have a checksum error in your migration directory.')
assert log.contains('[ERROR] \tL3: 20240102000000_create_posts.sql was edited')
assert log.contains("[ERROR] Please check your migration files and run 'mvn strata:hash' to re-hash the contents")
assert log.contains('checksum mismatch: 20240102000000_create_posts.sql was edited'
        + ' (src/main/resources/db/migrations/atlas.sum line 3)')
assert log.contains('BUILD FAILURE')
return true
