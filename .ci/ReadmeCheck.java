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
 * Holds README.md to the code it shows. A fenced block right after a comment
 * {@code <!-- checked: WHAT -->} is checked, by what the comment names:
 *
 * <ul>
 *   <li>{@code host PATH}: a file of a new user's project; {@code prepare DIR} writes each one under
 *       DIR, so that the project is built exactly as the README shows it;
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

    record Block(String kind, String path, int line, List<String> lines) {
    }

    public static void main(String[] args) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
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

    /** Every checked block, in the README's order. */
    static List<Block> blocks(List<String> readme) {
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
                fail("README.md line " + (i + 1) + ": a checked comment must stand right before a fenced block");
            }
            List<String> lines = new ArrayList<>();
            int close = open + 1;
            while (close < readme.size() && !readme.get(close).startsWith("```")) {
                lines.add(readme.get(close++));
            }
            if (close >= readme.size()) {
                fail("README.md line " + (open + 1) + ": the block is never closed");
            }
            blocks.add(new Block(m.group(1), m.group(2), open + 1, lines));
            i = close;
        }
        return blocks;
    }

    private static void prepare(List<Block> blocks, Path dir) throws IOException {
        Map<String, Block> files = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind().equals("host")) {
                if (files.put(b.path(), b) != null) {
                    fail("README.md line " + b.line() + ": a second block for " + b.path());
                }
            }
        }
        if (!files.containsKey("pom.xml")) {
            fail("README.md shows no host pom.xml to check");
        }
        for (Block b : files.values()) {
            Path file = dir.resolve(b.path()).normalize();
            if (!file.startsWith(dir)) {
                fail("README.md line " + b.line() + ": " + b.path() + " is outside the host project");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, b.lines(), StandardCharsets.UTF_8);
            System.out.println("README host file: " + b.path());
        }
    }

    /**
     * Compares {@code actual} with the one block of {@code kind} (and, for an output, of the class
     * {@code name}, or of none named): what a program printed, as the README shows it.
     */
    private static void output(List<Block> blocks, String kind, Path actual, String name) throws IOException {
        List<Block> shown = blocks.stream().filter(b -> b.kind().equals(kind) && java.util.Objects.equals(b.path(), name))
                .toList();
        if (shown.size() != 1) {
            fail("README.md must show one checked " + kind + (name == null ? "" : " " + name) + ", not " + shown.size());
        }
        List<String> printed = Files.readAllLines(actual, StandardCharsets.UTF_8);
        if (!printed.equals(shown.get(0).lines())) {
            fail("README.md line " + shown.get(0).line() + ": the " + kind + " shown is not what is printed:\n"
                    + String.join("\n", printed));
        }
        System.out.println("README " + kind + (name == null ? "" : " of " + name) + ": as shown");
    }

    private static void excerpts(List<Block> blocks) throws IOException {
        int checked = 0;
        for (Block b : blocks) {
            if (!b.kind().equals("excerpt")) {
                continue;
            }
            Path file = Path.of(b.path());
            if (!Files.isRegularFile(file)) {
                fail("README.md line " + b.line() + ": no file " + b.path());
            }
            List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
            List<String> shown = b.lines().stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (shown.isEmpty() || !contains(source.stream().filter(l -> !l.isEmpty()).toList(), shown)) {
                fail("README.md line " + b.line() + ": the block is not in " + b.path() + " as shown");
            }
            checked++;
        }
        System.out.println("README excerpts: " + checked + " found in their files");
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
