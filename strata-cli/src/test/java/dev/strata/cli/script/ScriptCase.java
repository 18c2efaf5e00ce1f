package dev.strata.cli.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sets up one script as Atlas's harness does and runs it: its files written to a fresh work
 * directory, its databases created, the variables set ({@code $WORK}, {@code $db}, {@code $version},
 * ...), {@code URL} replaced in its {@code atlas.hcl}; the databases are dropped afterwards.
 */
final class ScriptCase {

    private ScriptCase() {
    }

    /** The {@code $db} of a script: {@code script_} + its name with {@code -} as {@code _}; SQLite's is {@code main}. */
    static String database(ScriptTarget target, String file) {
        return target instanceof SqliteTarget ? "main" : "script_" + ScriptIndex.name(file).replace('-', '_');
    }

    /**
     * Runs the script {@code file} of the folder {@code scripts}, going on past the {@code deviating}
     * lines when they fail; its work directory is removed unless {@code keep}.
     */
    static ScriptOutcome run(ScriptTarget target, Path scripts, String file, Path runDir, Verbs verbs,
                             Set<Feature> features, Set<Integer> deviating, boolean keep) throws Exception {
        Txtar txtar = Txtar.parse(Files.readString(scripts.resolve(file), StandardCharsets.UTF_8));
        String parent = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        Path work = runDir.resolve(parent).resolve("script-" + ScriptIndex.name(file));
        Builtins.deleteTree(work);
        Files.createDirectories(work.resolve(".tmp"));
        for (Txtar.File f : txtar.files()) {
            Path p = work.resolve(f.name());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.data(), StandardCharsets.UTF_8);
        }
        String db = database(target, file);
        try (ScriptDatabase sdb = target.open(db, work)) {
            ScriptEnv env = new ScriptEnv()
                    .set("WORK", work.toString())
                    .set("PATH", System.getenv().getOrDefault("PATH", ""))
                    .set("HOME", "/no-home")
                    .set("TMPDIR", work.resolve(".tmp").toString())
                    .set("devnull", "/dev/null")
                    .set("/", "/")
                    .set(":", ":")
                    .set("$", "$")
                    .set("exe", "")
                    .set("db", db);
            if (!target.version().isEmpty()) {
                env.set("version", target.version());
            }
            sdb.vars().forEach(env::set);
            projectUrl(work, sdb.projectUrl());
            return new ScriptRun(work, env, sdb, verbs, features, deviating).execute(txtar.script());
        } finally {
            if (!keep) {
                Builtins.deleteTree(work);
            }
        }
    }

    /** Atlas replaces every {@code URL} in a script's {@code atlas.hcl} with the server's (SQLite: the file's) URL. */
    private static void projectUrl(Path work, String url) throws IOException {
        Path project = work.resolve("atlas.hcl");
        if (Files.exists(project)) {
            Files.writeString(project, Files.readString(project).replace("URL", url));
        }
    }
}
