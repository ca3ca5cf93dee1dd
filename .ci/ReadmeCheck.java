import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds README.md and the pages of the docs/ MkDocs project (docs/docs/**.md) to the code they show.
 * A fenced block right after a comment
 * {@code <!-- checked: WHAT -->} is checked, by what the comment names:
 *
 * <ul>
 *   <li>{@code host PATH}: a file of a new user's project; {@code prepare DIR} writes each one under
 *       DIR, so that the project is built exactly as the README shows it (a page may show a file
 *       again, as long as it shows it alike);
 *   <li>{@code output} (or {@code output CLASS}): what that project's {@code Example} (or its class
 *       CLASS) prints; {@code output FILE [CLASS]} compares FILE with it;
 *   <li>{@code help}: what the examples jar's {@code --help} prints; {@code help FILE} compares FILE with it;
 *   <li>{@code excerpt PATH}: lines of a file in this repository; {@code excerpts} checks that each
 *       block's lines stand in that file in that order, one after another (indentation aside), so
 *       that a snippet taken from the sample application or a test cannot drift from it.
 * </ul>
 *
 * <p>Run with Java's source launcher: {@code java .ci/ReadmeCheck.java prepare target/readme-host}.
 */
public class ReadmeCheck {
    private static final Pattern CHECKED = Pattern.compile("^<!-- checked: (\\S+)(?: (\\S+))? -->$");

    record Block(String kind, String path, String file, int line, List<String> lines) {
        /** Where the block starts, for messages: {@code docs/docs/page.md line 12}. */
        String where() {
            return file + " line " + line;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path file : documentation()) {
            blocks.addAll(blocks(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        if (args.length == 2 && args[0].equals("prepare")) {
            prepare(blocks, Path.of(args[1]));
        } else if (args.length == 2 && (args[0].equals("output") || args[0].equals("help"))) {
            output(blocks, args[0], Path.of(args[1]), null);
        } else if (args.length == 3 && args[0].equals("output")) {
            output(blocks, args[0], Path.of(args[1]), args[2]);
        } else if (args.length == 1 && args[0].equals("excerpts")) {
            excerpts(blocks);
        } else {
            fail("usage: ReadmeCheck prepare DIR | output FILE [CLASS] | help FILE | excerpts");
        }
    }

    /** README.md, then the docs project's pages in the order of their paths. */
    static List<Path> documentation() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        Path pages = Path.of("docs", "docs");
        if (Files.isDirectory(pages)) {
            try (var walk = Files.walk(pages)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Every checked block of one file, in its order. */
    static List<Block> blocks(String name, List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher m = CHECKED.matcher(readme.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < readme.size() && readme.get(open).isBlank()) {
                open++;
            }
            if (open >= readme.size() || !readme.get(open).startsWith("```")) {
                fail(name + " line " + (i + 1) + ": a checked comment must stand right before a fenced block");
            }
            List<String> lines = new ArrayList<>();
            int close = open + 1;
            while (close < readme.size() && !readme.get(close).startsWith("```")) {
                lines.add(readme.get(close++));
            }
            if (close >= readme.size()) {
                fail(name + " line " + (open + 1) + ": the block is never closed");
            }
            blocks.add(new Block(m.group(1), m.group(2), name, open + 1, lines));
            i = close;
        }
        return blocks;
    }

    private static void prepare(List<Block> blocks, Path dir) throws IOException {
        Map<String, Block> files = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind().equals("host")) {
                Block first = files.putIfAbsent(b.path(), b);
                if (first != null && !first.lines().equals(b.lines())) {
                    fail(b.where() + ": " + b.path() + " is not as " + first.where() + " shows it");
                }
            }
        }
        if (!files.containsKey("pom.xml")) {
            fail("README.md shows no host pom.xml to check");
        }
        for (Block b : files.values()) {
            Path file = dir.resolve(b.path()).normalize();
            if (!file.startsWith(dir)) {
                fail(b.where() + ": " + b.path() + " is outside the host project");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, b.lines(), StandardCharsets.UTF_8);
            System.out.println("Host file: " + b.path() + " (" + b.where() + ")");
        }
    }

    /**
     * Compares {@code actual} with the one block of {@code kind} (and, for an output, of the class
     * {@code name}, or of none named): what a program printed, as the README shows it.
     */
    private static void output(List<Block> blocks, String kind, Path actual, String name) throws IOException {
        List<Block> shown = blocks.stream().filter(b -> b.kind().equals(kind) && java.util.Objects.equals(b.path(), name))
                .toList();
        if (shown.isEmpty()) {
            fail("The documentation shows no checked " + kind + (name == null ? "" : " " + name));
        }
        List<String> printed = Files.readAllLines(actual, StandardCharsets.UTF_8);
        for (Block b : shown) {
            if (!printed.equals(b.lines())) {
                fail(b.where() + ": the " + kind + " shown is not what is printed:\n" + String.join("\n", printed));
            }
        }
        System.out.println("Documentation's " + kind + (name == null ? "" : " of " + name) + ": as shown, "
                + shown.size() + " time(s)");
    }

    private static void excerpts(List<Block> blocks) throws IOException {
        int checked = 0;
        for (Block b : blocks) {
            if (!b.kind().equals("excerpt")) {
                continue;
            }
            Path file = Path.of(b.path());
            if (!Files.isRegularFile(file)) {
                fail(b.where() + ": no file " + b.path());
            }
            List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
            List<String> shown = b.lines().stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (shown.isEmpty() || !contains(source.stream().filter(l -> !l.isEmpty()).toList(), shown)) {
                fail(b.where() + ": the block is not in " + b.path() + " as shown");
            }
            checked++;
        }
        System.out.println("Documentation's excerpts: " + checked + " found in their files");
    }

    /** Whether {@code part} stands in {@code whole} as consecutive lines. */
    private static boolean contains(List<String> whole, List<String> part) {
        for (int start = 0; start + part.size() <= whole.size(); start++) {
            if (whole.subList(start, start + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
