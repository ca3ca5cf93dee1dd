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
 *   <li>{@code spring PATH}: a file of a new Spring Boot application (the docs' Spring section);
 *       {@code prepare-spring DIR} writes each under DIR, for check-readme to build, run and post to;
 *   <li>{@code output} (or {@code output CLASS}): what that project's {@code Example} (or its class
 *       CLASS) prints; {@code output FILE [CLASS]} compares FILE with it;
 *   <li>{@code help}: what the examples jar's {@code --help} prints; {@code help FILE} compares FILE with it;
 *   <li>{@code excerpt PATH}: lines of a file in this repository; {@code excerpts} checks that each
 *       block's lines stand in that file in that order, one after another (indentation aside), so
 *       that a snippet taken from the sample application or a test cannot drift from it;
 *   <li>{@code fragment GIVEN}: a few statements of Java, compiled as the body of a method whose
 *       parameters are GIVEN (such as {@code FormDefinition definition, Appendable out}), with every
 *       library package imported; {@code prepare-docs DIR} writes them into a project that depends
 *       on every library module;
 *   <li>{@code parse}: a JSON, YAML or XML block, which {@code prepare-docs} writes beside the
 *       fragments for the project's {@code DocsBlocks} to parse;
 *   <li>{@code submission}: a JSON submission, which {@code DocsBlocks} sends to the built-in page
 *       form's validator ({@code FeedbackValidator.create()}) and requires to be valid.
 * </ul>
 *
 * <p>{@code prepare-docs} also refuses a Java, XML, YAML or JSON block that no comment checks.
 *
 * <p>Run with Java's source launcher: {@code java .ci/ReadmeCheck.java prepare target/readme-host}.
 */
public class ReadmeCheck {
    private static final Pattern CHECKED = Pattern.compile("^<!-- checked: (\\S+)(?: (.+?))? -->$");

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
            prepare(blocks, Path.of(args[1]), "host");
        } else if (args.length == 2 && args[0].equals("prepare-spring")) {
            prepare(blocks, Path.of(args[1]), "spring");
        } else if (args.length == 2 && (args[0].equals("output") || args[0].equals("help"))) {
            output(blocks, args[0], Path.of(args[1]), null);
        } else if (args.length == 3 && args[0].equals("output")) {
            output(blocks, args[0], Path.of(args[1]), args[2]);
        } else if (args.length == 2 && args[0].equals("prepare-docs")) {
            prepareDocs(blocks, Path.of(args[1]));
        } else if (args.length == 1 && args[0].equals("excerpts")) {
            excerpts(blocks);
        } else {
            fail("usage: ReadmeCheck prepare DIR | prepare-spring DIR | prepare-docs DIR | output FILE [CLASS] | help FILE | excerpts");
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

    /** The languages of fenced blocks that must be checked. */
    private static final java.util.Set<String> CODE = java.util.Set.of("java", "xml", "yaml", "yml", "json");

    /** Blocks of those languages that no comment checks: {@code prepare-docs} refuses them. */
    private static final List<String> UNCHECKED = new ArrayList<>();

    /** Every checked block of one file, in its order. */
    static List<Block> blocks(String name, List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher m = CHECKED.matcher(readme.get(i).strip());
            if (!m.matches()) {
                if (readme.get(i).startsWith("```")) {
                    if (CODE.contains(readme.get(i).substring(3).strip())) {
                        UNCHECKED.add(name + " line " + (i + 1));
                    }
                    int close = i + 1;
                    while (close < readme.size() && !readme.get(close).startsWith("```")) {
                        close++;
                    }
                    i = close;
                }
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

    private static void prepare(List<Block> blocks, Path dir, String kind) throws IOException {
        Map<String, Block> files = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind().equals(kind)) {
                Block first = files.putIfAbsent(b.path(), b);
                if (first != null && !first.lines().equals(b.lines())) {
                    fail(b.where() + ": " + b.path() + " is not as " + first.where() + " shows it");
                }
            }
        }
        if (!files.containsKey("pom.xml")) {
            fail("The documentation shows no " + kind + " pom.xml to check");
        }
        for (Block b : files.values()) {
            Path file = dir.resolve(b.path()).normalize();
            if (!file.startsWith(dir)) {
                fail(b.where() + ": " + b.path() + " is outside the host project");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, b.lines(), StandardCharsets.UTF_8);
            System.out.println(kind + " file: " + b.path() + " (" + b.where() + ")");
        }
    }

    /** The packages a fragment sees, besides those of its parameters' types. */
    private static final List<String> IMPORTS = List.of("io.github.consultation.model.*",
            "io.github.consultation.validate.*", "io.github.consultation.validate.bean.*",
            "io.github.consultation.render.*", "io.github.consultation.host.*", "io.github.consultation.definition.*",
            "io.github.consultation.pages.*", "io.github.consultation.store.*", "io.github.consultation.admin.*",
            "jakarta.validation.Validator", "jakarta.validation.Validation", "org.hibernate.validator.HibernateValidator",
            "java.io.*", "java.nio.file.*", "java.time.*", "java.util.*", "javax.sql.DataSource");

    private static final List<String> LIBRARY = List.of("consultation-model", "consultation-validate",
            "consultation-render", "consultation-host", "consultation-definition", "consultation-pages",
            "consultation-store", "consultation-admin");

    /**
     * Writes a project under {@code dir} on every library module (at the version the host pom.xml
     * imports the BOM in): a class per Java fragment, and each JSON, YAML or XML block under
     * {@code blocks/} for {@code DocsBlocks}, which this writes too, to parse.
     */
    private static void prepareDocs(List<Block> blocks, Path dir) throws IOException {
        if (!UNCHECKED.isEmpty()) {
            fail("Code blocks that nothing checks (put a <!-- checked: ... --> comment before each):\n  "
                    + String.join("\n  ", UNCHECKED));
        }
        Block pom = blocks.stream().filter(b -> b.kind().equals("host") && "pom.xml".equals(b.path())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no host pom.xml"));
        Matcher version = Pattern.compile("consultation-bom</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(String.join("\n", pom.lines()));
        if (!version.find()) {
            fail(pom.where() + ": the host pom.xml imports no consultation-bom version");
        }
        StringBuilder deps = new StringBuilder();
        for (String artifact : LIBRARY) {
            deps.append("    <dependency><groupId>io.github.consultation-feedback</groupId><artifactId>")
                    .append(artifact).append("</artifactId><version>").append(version.group(1))
                    .append("</version></dependency>\n");
        }
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.createDirectories(dir.resolve("blocks"));
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>docs-fragments</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s  </dependencies>
                  <build><plugins><plugin><groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin></plugins></build>
                </project>
                """.formatted(deps), StandardCharsets.UTF_8);
        int fragments = 0;
        int parsed = 0;
        for (Block b : blocks) {
            String name = b.file().replaceAll("\\W", "_") + "_" + b.line();
            if (b.kind().equals("fragment")) {
                StringBuilder java = new StringBuilder("// " + b.where() + "\n");
                IMPORTS.forEach(i -> java.append("import ").append(i).append(";\n"));
                java.append("\nclass Fragment_").append(name).append(" {\n    static void fragment(")
                        .append(b.path() == null ? "" : b.path()).append(") throws Exception {\n");
                b.lines().forEach(l -> java.append("        ").append(l).append('\n'));
                java.append("    }\n}\n");
                Files.writeString(dir.resolve("src/main/java/Fragment_" + name + ".java"), java, StandardCharsets.UTF_8);
                fragments++;
            } else if (b.kind().equals("submission")) {
                Files.write(dir.resolve("blocks/" + name + ".submission.json"), b.lines(), StandardCharsets.UTF_8);
                parsed++;
            } else if (b.kind().equals("parse")) {
                if (b.path() == null || !List.of("json", "yaml", "xml").contains(b.path())) {
                    fail(b.where() + ": say which language to parse: json, yaml or xml");
                }
                Files.write(dir.resolve("blocks/" + name + "." + b.path()), b.lines(), StandardCharsets.UTF_8);
                parsed++;
            }
        }
        Files.writeString(dir.resolve("src/main/java/DocsBlocks.java"), """
                import com.fasterxml.jackson.databind.ObjectMapper;
                import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.List;
                import javax.xml.parsers.DocumentBuilderFactory;

                /**
                 * Parses every block the documentation shows as JSON, YAML or XML, and validates each submission
                 * it shows; fails on the first that does not pass.
                 */
                public class DocsBlocks {
                    public static void main(String[] args) throws Exception {
                        List<Path> files;
                        try (var list = Files.list(Path.of(args[0]))) {
                            files = list.sorted().toList();
                        }
                        for (Path file : files) {
                            String name = file.getFileName().toString();
                            if (name.endsWith(".submission.json")) {
                                var verdict = io.github.consultation.validate.FeedbackValidator.create()
                                        .validateJson(Files.readAllBytes(file));
                                if (verdict.status() != io.github.consultation.validate.Verdict.Status.VALID) {
                                    throw new IllegalStateException(name + ": the built-in form does not take this"
                                            + " submission: " + verdict);
                                }
                            } else if (name.endsWith(".json")) {
                                new ObjectMapper().readTree(file.toFile());
                            } else if (name.endsWith(".yaml")) {
                                new YAMLMapper().readTree(file.toFile());
                            } else {
                                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                            }
                        }
                        System.out.println("Documentation's blocks: " + files.size() + " parsed");
                    }
                }
                """, StandardCharsets.UTF_8);
        System.out.println("Documentation's fragments: " + fragments + " written to compile, " + parsed + " blocks to parse");
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
