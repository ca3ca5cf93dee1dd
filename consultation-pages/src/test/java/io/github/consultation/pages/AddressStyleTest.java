package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each file's address in each style, as the table in {@link AddressStyle} gives it (and MkDocs 1.4's File.url). */
class AddressStyleTest {
    @Test
    void eachFileHasItsAddressInEachStyle() {
        List<List<String>> table = List.of(
                List.of("index.md", "", "", "index.html"),
                List.of("timetable.md", "timetable", "timetable/", "timetable.html"),
                List.of("proposal/index.md", "proposal", "proposal/", "proposal/index.html"),
                List.of("proposal/README.md", "proposal", "proposal/", "proposal/index.html"),
                List.of("README.md", "", "", "index.html"),
                List.of("Our Plan.md", "our-plan", "Our Plan/", "Our Plan.html"),
                List.of("a/Index.markdown", "a", "a/Index/", "a/Index.html"),
                List.of("notes/readme.md", "notes/readme", "notes/readme/", "notes/readme.html"));
        for (List<String> row : table) {
            assertEquals(row.get(1), AddressStyle.PAGE_SLUGS.address(row.get(0)), row.get(0));
            assertEquals(row.get(2), AddressStyle.DIRECTORY_URLS.address(row.get(0)), row.get(0));
            assertEquals(row.get(3), AddressStyle.HTML_FILES.address(row.get(0)), row.get(0));
        }
        assertThrows(IllegalArgumentException.class, () -> AddressStyle.DIRECTORY_URLS.address("picture.png"));
    }

    @Test
    void aStaticCopyHoldsEachPageWhereAStaticServerLooks() {
        assertEquals("index.html", AddressStyle.DIRECTORY_URLS.file(""));
        assertEquals("proposal/costs/index.html", AddressStyle.DIRECTORY_URLS.file("proposal/costs/"));
        assertEquals("proposal/costs.html", AddressStyle.HTML_FILES.file("proposal/costs.html"));
        assertEquals("governance/index.html", AddressStyle.PAGE_SLUGS.file("governance"));
        assertEquals("index.html", AddressStyle.PAGE_SLUGS.file(""));
    }
}
