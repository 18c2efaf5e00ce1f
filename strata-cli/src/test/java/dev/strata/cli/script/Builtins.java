package dev.strata.cli.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * testscript's built-in commands as the scripts use them: {@code cmp}, {@code stdout}, {@code stderr},
 * {@code cp}, {@code mv}, {@code rm}, {@code mkdir}, and {@code exec} of the four programs the scripts
 * run ({@code mkdir}, {@code rm}, {@code cat}, {@code touch}), done here rather than by the shell.
 */
final class Builtins {

    private Builtins() {
    }

    static void register(Map<String, Verb> verbs) {
        verbs.put("cmp", Builtins::cmp);
        verbs.put("stdout", (run, neg, args) -> match(run.stdout(), "stdout", neg, args));
        verbs.put("stderr", (run, neg, args) -> match(run.stderr(), "stderr", neg, args));
        verbs.put("cp", Builtins::cp);
        verbs.put("mv", Builtins::mv);
        verbs.put("rm", (run, neg, args) -> {
            positive("rm", neg);
            usage(!args.isEmpty(), "rm file...");
            for (String a : args) {
                deleteTree(run.path(a));
            }
        });
        verbs.put("mkdir", (run, neg, args) -> {
            positive("mkdir", neg);
            usage(!args.isEmpty(), "mkdir dir...");
            for (String a : args) {
                Files.createDirectories(run.path(a));
            }
        });
        verbs.put("exec", Builtins::exec);
    }

    /** Byte-exact comparison; the first name may be {@code stdout} or {@code stderr}. */
    private static void cmp(ScriptRun run, boolean neg, List<String> args) throws IOException {
        usage(args.size() == 2, "cmp file1 file2");
        if (args.get(0).equals(args.get(1))) {
            throw new ScriptFailure("cmp: cannot compare a file against itself");
        }
        String a = run.read(args.get(0));
        String b = run.readFile(args.get(1));
        if (a.equals(b) == neg) {
            throw new ScriptFailure(neg ? args.get(0) + " and " + args.get(1) + " do not differ"
                    : args.get(0) + " and " + args.get(1) + " differ\n" + TextDiff.of(args.get(0), a, args.get(1), b));
        }
    }

    /** {@code stdout [-count=N] 'RE'}: the output matches the pattern somewhere (or, negated, nowhere). */
    static void match(String text, String name, boolean neg, List<String> args) {
        int count = 0;
        if (!args.isEmpty() && args.get(0).startsWith("-count=")) {
            if (neg) {
                throw new ScriptFailure("cannot use -count= with negated match");
            }
            count = Integer.parseInt(args.get(0).substring("-count=".length()));
            args = args.subList(1, args.size());
        }
        usage(args.size() == 1, name + " [-count=N] 'pattern'");
        Pattern p = GoRegex.multiline(args.get(0));
        Matcher m = p.matcher(text);
        boolean found = m.find();
        if (neg && found) {
            throw new ScriptFailure("unexpected match for `" + args.get(0) + "` found in " + name + ": " + m.group());
        }
        if (!neg && !found) {
            throw new ScriptFailure("no match for `" + args.get(0) + "` found in " + name);
        }
        if (count > 0) {
            int n = (int) p.matcher(text).results().count();
            if (n != count) {
                throw new ScriptFailure("have " + n + " matches for `" + args.get(0) + "`, want " + count);
            }
        }
    }

    private static void cp(ScriptRun run, boolean neg, List<String> args) throws IOException {
        positive("cp", neg);
        usage(args.size() >= 2, "cp src... dst");
        Path dst = run.path(args.get(args.size() - 1));
        boolean intoDir = Files.isDirectory(dst);
        if (args.size() > 2 && !intoDir) {
            throw new ScriptFailure("cp: destination " + dst + " is not a directory");
        }
        for (String src : args.subList(0, args.size() - 1)) {
            String target = run.work().relativize(intoDir ? dst.resolve(Path.of(src).getFileName()) : dst).toString();
            try {
                Files.writeString(run.path(target), run.read(src), StandardCharsets.UTF_8);
                run.fileWritten(target);
            } catch (DependsOnPending d) {
                run.filePending(target);
                throw d;
            }
        }
    }

    private static void mv(ScriptRun run, boolean neg, List<String> args) throws IOException {
        positive("mv", neg);
        usage(args.size() == 2, "mv old new");
        Files.move(run.path(args.get(0)), run.path(args.get(1)), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The programs Atlas's scripts {@code exec}; any other is refused rather than run through the shell. */
    private static void exec(ScriptRun run, boolean neg, List<String> args) throws IOException {
        usage(!args.isEmpty(), "exec program [args...]");
        String program = args.get(0);
        List<String> rest = args.subList(1, args.size());
        List<String> operands = rest.stream().filter(a -> !a.startsWith("-")).toList();
        boolean force = rest.stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        StringBuilder out = new StringBuilder();
        String error = null;
        try {
            switch (program) {
                case "mkdir" -> {
                    for (String d : operands) {
                        if (rest.contains("-p")) {
                            Files.createDirectories(run.path(d));
                        } else {
                            Files.createDirectory(run.path(d));
                        }
                    }
                }
                case "rm" -> {
                    for (String f : operands) {
                        if (!force && !Files.exists(run.path(f))) {
                            throw new IOException("rm: cannot remove '" + f + "': No such file or directory");
                        }
                        deleteTree(run.path(f));
                    }
                }
                case "cat" -> {
                    for (String f : operands) {
                        out.append(run.read(f));
                    }
                }
                case "touch" -> {
                    for (String f : operands) {
                        Path p = run.path(f);
                        if (Files.exists(p)) {
                            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
                        } else {
                            Files.createFile(p);
                        }
                    }
                }
                default -> throw new ScriptFailure("exec " + program + ": this runner runs only mkdir, rm, cat and touch");
            }
        } catch (IOException e) {
            error = e.getMessage();
        }
        run.output(out.toString(), error == null ? "" : error + "\n");
        if (error != null && !neg) {
            throw new ScriptFailure("unexpected command failure: " + error);
        }
        if (error == null && neg) {
            throw new ScriptFailure("unexpected command success");
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static void positive(String verb, boolean neg) {
        if (neg) {
            throw new ScriptFailure("unsupported: ! " + verb);
        }
    }

    static void usage(boolean ok, String usage) {
        if (!ok) {
            throw new ScriptFailure("usage: " + usage);
        }
    }
}
