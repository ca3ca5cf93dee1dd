package io.github.consultation.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one column of a table under a heading of the project's README. */
final class ReadmeSection {
    private ReadmeSection() {
    }

    static List<String> tableColumn(String heading, String column) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        List<String> lines = Files.readAllLines(dir.resolve("README.md"), StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        if (at < 0) {
            throw new IllegalStateException("README has no section " + heading);
        }
        int header = at + 1;
        while (!lines.get(header).startsWith("|")) {
            header++;
        }
        List<String> columns = cells(lines.get(header));
        int index = columns.indexOf(column);
        List<String> values = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            values.add(cells(lines.get(i)).get(index));
        }
        return values;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        List<String> cells = new ArrayList<>();
        for (String cell : inner.substring(1, inner.length() - 1).split(" \\| ", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
