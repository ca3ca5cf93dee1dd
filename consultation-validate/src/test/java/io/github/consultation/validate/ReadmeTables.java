package io.github.consultation.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
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
 * Reads the validation tables of the project's documentation (README.md and the pages of the docs/
 * MkDocs project), so that every row is a test case and the documentation cannot drift from the
 * behaviour. Used by this module's tests and, through the test jar, by the examples' command-line
 * tests.
 */
public final class ReadmeTables {
    /** The fields of a valid submission from the existing site, standing for "…" in examples. */
    static final Map<String, String> BASELINE = baseline();

    private static final Pattern REPEAT = Pattern.compile("⟨([^×⟩]*)×(\\d+)⟩");
    private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z_]+)\"\\s*:");
    private static final Pattern FORM_KEY = Pattern.compile("(?:^|&)([A-Za-z_]+)=");

    private ReadmeTables() {
    }

    private static Map<String, String> baseline() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("tab", "Feedback");
        b.put("page", "/shared-record");
        b.put("summary", "A clear proposal");
        b.put("details", "");
        b.put("role", "Data and digital consultant");
        b.put("org", "");
        b.put("email", "");
        b.put("nature", "");
        b.put("hp_field", "");
        return java.util.Collections.unmodifiableMap(b);
    }

    /** One row of a table: the cells by column name. */
    public record Row(String table, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("No column " + column + " in " + table);
            }
            return value;
        }

        public String name() {
            return table + " #" + get("#") + " " + get("case");
        }

        public boolean isJson() {
            return get("via").equals("json");
        }

        /** The example as the bytes a client would send. */
        public byte[] jsonBytes() {
            return toBytes(expandJson(repeat(get("example"))));
        }

        /** The example as form fields, each name with its values. */
        public Map<String, List<String>> formFields() {
            String text = repeat(get("example"));
            java.util.Set<String> named = new java.util.HashSet<>();
            Matcher m = FORM_KEY.matcher(text);
            while (m.find()) {
                named.add(m.group(1));
            }
            StringBuilder rest = new StringBuilder();
            BASELINE.forEach((k, v) -> {
                if (!named.contains(k) && !k.equals("tab")) {
                    rest.append(rest.length() == 0 ? "" : "&").append(k).append('=')
                            .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            text = text.replace("…", rest);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                fields.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        k -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    /** The rows of "What is refused". */
    public static List<Row> refused() {
        return table("### What is refused");
    }

    /** The rows of "What is cleaned before the rules apply". */
    public static List<Row> cleaned() {
        return table("### What is cleaned before the rules apply");
    }

    /**
     * The rows of the first table under {@code heading}, a heading of the documentation such as
     * {@code "### What is refused"}; its level may differ where a page holds it (a section of the
     * README is a page's {@code ##} heading), so only its text must match, once in all the files.
     */
    public static List<Row> table(String heading) {
        String title = headingText(heading);
        List<String> lines = null;
        int at = -1;
        for (List<String> file : documentation()) {
            for (int i = 0; i < file.size(); i++) {
                if (file.get(i).startsWith("#") && headingText(file.get(i)).equals(title)) {
                    if (lines != null) {
                        throw new IllegalStateException("The documentation has two sections " + title);
                    }
                    lines = file;
                    at = i;
                }
            }
        }
        if (lines == null) {
            throw new IllegalStateException("The documentation has no section " + title);
        }
        int header = at + 1;
        while (!lines.get(header).startsWith("|")) {
            header++;
        }
        List<String> columns = cells(lines.get(header));
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> values = cells(lines.get(i));
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), c < values.size() ? values.get(c) : "");
            }
            rows.add(new Row(title, row));
        }
        return rows;
    }

    private static String headingText(String line) {
        return line.replaceFirst("^#+\\s*", "").strip();
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split(" \\| ", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("`") && c.endsWith("`")) {
                c = c.substring(1, c.length() - 1);
            }
            cells.add(c);
        }
        return cells;
    }

    /** README.md and every page of the docs/ project, each as its lines. */
    private static List<List<String>> documentation() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No README.md above " + Path.of("").toAbsolutePath());
        }
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve("README.md"));
        Path pages = dir.resolve("docs/docs");
        if (Files.isDirectory(pages)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(pages)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<List<String>> all = new ArrayList<>();
        for (Path file : files) {
            try {
                all.add(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static String repeat(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String expandJson(String text) {
        int at = text.indexOf("{…");
        if (at < 0) {
            return text;
        }
        String rest = text.substring(at + 2);
        java.util.Set<String> named = new java.util.HashSet<>();
        Matcher m = JSON_KEY.matcher(rest);
        while (m.find()) {
            named.add(m.group(1));
        }
        StringBuilder fields = new StringBuilder();
        BASELINE.forEach((k, v) -> {
            if (!named.contains(k)) {
                fields.append(fields.length() == 0 ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"');
            }
        });
        return text.substring(0, at) + "{" + fields + rest;
    }

    /** UTF-8, except that each {@code \xNN} is the raw byte NN. */
    private static byte[] toBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length()) {
                out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toByteArray();
    }
}
