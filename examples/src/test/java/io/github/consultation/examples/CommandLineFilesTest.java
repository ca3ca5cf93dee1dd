package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files and names a user gives the command line (issues 12.3 and 19.4): a file name is the
 * user's, not a page address; every file that cannot serve, and every mistake in a call, gets one
 * clear line on standard error and exit status 2, never a stack trace.
 */
class CommandLineFilesTest {
    private static final String PAGE = "# A page\n\nSome words.\n";

    @TempDir
    Path dir;

    /** Asserts one line on stderr, starting as given, exit status 2, and nothing on stdout. */
    private static void refused(MainTest.Run run, String start) {
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("consultation: " + start), run.err());
        assertTrue(run.err().endsWith("\n"), "a whole line");
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01-My page@v2.md|/01-my-page-v2",
            "Caf\u00e9 \u00dcber.Notes.MD|/cafe-uber.notes",
            "UPPER CASE.markdown|/upper-case",
            "\u00d8resund bridge.md|/oresund-bridge",
            "my page.md|/my-page"})
    void aFileNameMakesAnAddress(String name, String address) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PAGE);
        MainTest.Run run = MainTest.run("", "render", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(address, Jsoup.parse(run.out()).getElementById("gs-page").attr("value"));
    }

    @Test
    void aNameWithNothingToMakeAnAddressOfAsksForSlug() throws Exception {
        Path file = dir.resolve("@@@.md");
        Files.writeString(file, PAGE);
        refused(MainTest.run("", "render", file.toString()), "'@@@' has no letter or digit to make a page address of; "
                + "give the page an address with --slug");
        MainTest.Run named = MainTest.run("", "render", file.toString(), "--slug", "chosen");
        assertEquals(0, named.status(), named.err());
        assertEquals("/chosen", Jsoup.parse(named.out()).getElementById("gs-page").attr("value"));
    }

    @Test
    void filesThatCannotServeAreNamedWithWhy() throws Exception {
        refused(MainTest.run("", "render", dir.resolve("missing.md").toString()), "there is no file ");
        refused(MainTest.run("", "render", dir.toString()), dir + " is a folder, not a page file");
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        refused(MainTest.run("", "render", empty.toString()), empty + " is empty: a page needs at least a title");
        Path latin1 = Files.write(dir.resolve("latin.md"), "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(MainTest.run("", "render", latin1.toString()), latin1 + " is not UTF-8: pages must be saved as UTF-8,"
                + " and byte 0xE9 at line 1, column 6 is not");
        Path huge = Files.writeString(dir.resolve("huge.md"), "# Huge\n" + "word ".repeat(1_000_000));
        refused(MainTest.run("", "render", huge.toString()), huge + " is larger than 4 MiB");
        refused(MainTest.run("", "validate", dir.resolve("none.json").toString()), "there is no file ");
        refused(MainTest.run("", "validate", dir.toString()), dir + " is a folder, not a submission file");
        refused(MainTest.run("", "form", "--page", "/p", "--submission", dir.toString()),
                dir + " is a folder, not a submission file");
        refused(MainTest.run("", "check", dir.resolve("nowhere").toString()), "there is no folder ");
    }

    @Test
    void oneRuleForEveryCommandsArguments() {
        refused(MainTest.run("", "form", "--page", ""), "--page must not be empty");
        refused(MainTest.run("", "form", "--page", "  "), "--page must not be empty");
        refused(MainTest.run("", "schema", "extra"), "schema takes no operands, but was given 'extra'");
        refused(MainTest.run("", "render", "a.md", "b.md"), "render takes one FILE.md, but was also given 'b.md'");
        refused(MainTest.run("", "validate", "a.json", "b.json"), "validate takes one FILE, but was also given 'b.json'");
        refused(MainTest.run("", "erase", "--email", "a@example.org", "stray"),
                "erase takes no operands, but was given 'stray'");
        refused(MainTest.run("", "check"), "check needs DIR");
        refused(MainTest.run("", "render", "--slug", "", "x.md"), "--slug must not be empty");
    }

    /** A folder with an upper-case .MD page and a Latin-1 page: the first is served, the second named with why. */
    @Test
    void aFolderServesEveryPageFileAndNamesWhatItSkips() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("First.md"), "# First\n\nWords.\n");
        Files.writeString(pages.resolve("Shouting.MD"), "# Shouting\n\nWords.\n");
        Files.write(pages.resolve("latin.md"), "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (TestServer server = new TestServer(dir.resolve("db"), Theme.ORIGIN, pages, s -> { })) {
            assertEquals(200, server.get("/shouting").statusCode());
            assertEquals(200, server.get("/first").statusCode());
            assertEquals(1, server.site.pages().notes().size(), server.site.pages().notes().toString());
            String note = server.site.pages().notes().get(0);
            assertTrue(note.startsWith("Skipped latin.md: ") && note.contains("is not UTF-8")
                    && note.contains("line 1, column 6"), note);
        }
        MainTest.Run check = MainTest.run("", "check", pages.toString());
        assertTrue(check.err().contains("Skipped latin.md: "), check.err());
    }
}
