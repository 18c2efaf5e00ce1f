package dev.strata.lint;

import dev.strata.devdb.DevDatabase;
import dev.strata.migrate.MigrationFile;
import dev.strata.url.DatabaseUrl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lints files on a real dev database and lists the findings as {@code CODE@Lline}. */
final class LintFixture {

    private LintFixture() {
    }

    /**
     * @param dev  the dev database URL
     * @param base the files already applied, one string a file
     * @param news the new files
     */
    static LintResult run(String dev, List<String> base, List<String> news) {
        return run(dev, base, news, LintConfig.DEFAULT);
    }

    static LintResult run(String dev, List<String> base, List<String> news, LintConfig config) {
        List<MigrationFile> files = new ArrayList<>();
        int v = 1;
        for (String s : base) {
            files.add(new MigrationFile(v++ + "_base.sql", s.getBytes(StandardCharsets.UTF_8)));
        }
        for (String s : news) {
            files.add(new MigrationFile(v++ + "_new.sql", s.getBytes(StandardCharsets.UTF_8)));
        }
        try (DevDatabase db = DevDatabase.open(DatabaseUrl.parse(dev))) {
            return LintRunner.of(db, config).run(files, base.size());
        }
    }

    /** The findings of the new files, as {@code CODE@Lline}, in file and report order. */
    static List<String> codes(String dev, List<String> base, String... news) {
        return allCodes(dev, base, LintConfig.DEFAULT, news);
    }

    /** Every finding of the new files, as {@code CODE@Lline}, under {@code config}. */
    static List<String> allCodes(String dev, List<String> base, LintConfig config, String... news) {
        List<String> out = new ArrayList<>();
        for (FileResult f : run(dev, base, List.of(news), config).files()) {
            if (f.error() != null) {
                throw new AssertionError(f.error());
            }
            for (Report r : f.reports()) {
                for (Diagnostic d : r.diagnostics()) {
                    out.add(d.code() + "@L" + d.line());
                }
            }
        }
        return out;
    }

    /** The texts of the findings of the new files. */
    static List<String> texts(String dev, List<String> base, String... news) {
        List<String> out = new ArrayList<>();
        for (FileResult f : run(dev, base, List.of(news)).files()) {
            for (Report r : f.reports()) {
                for (Diagnostic d : r.diagnostics()) {
                    out.add(d.code() + ": " + d.text());
                }
            }
        }
        return out;
    }
}
