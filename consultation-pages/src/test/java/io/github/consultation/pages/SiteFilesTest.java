package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own files are served from inside its folder only: never a path that climbs out of it,
 * a link (to a file or a folder, inside or out), a hidden file, a database file, a page's source,
 * or a file that became a link after the site was read.
 */
class SiteFilesTest {
    @TempDir
    Path dir;

    private Path docs() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(docs.resolve("assets/img"));
        Files.write(docs.resolve("assets/img/badge.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(docs.resolve("index.md"), "# Home\n");
        Files.writeString(docs.resolve("paper.PDF"), "%PDF-1.4");
        Files.writeString(docs.resolve(".env"), "SECRET=1");
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".git/config"), "[core]");
        Files.writeString(docs.resolve("consultation-feedback.db"), "every reader's email");
        Files.writeString(docs.resolve("consultation-feedback.db-wal"), "more of them");
        Files.writeString(dir.resolve("outside.txt"), "not the site's");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/private.txt"), "not the site's either");
        Files.createSymbolicLink(docs.resolve("link-out.txt"), dir.resolve("outside.txt"));
        Files.createSymbolicLink(docs.resolve("link-in.png"), docs.resolve("assets/img/badge.png"));
        Files.createSymbolicLink(docs.resolve("folder-out"), dir.resolve("elsewhere"));
        return docs;
    }

    @Test
    void onlyPlainFilesInsideTheFolderArePublished() throws IOException {
        SiteFiles files = SiteFiles.scan(docs());
        assertEquals(List.of("assets/img/badge.png", "paper.PDF"), files.paths());
        for (String refused : List.of("index.md", ".env", ".git/config", "consultation-feedback.db",
                "consultation-feedback.db-wal", "link-out.txt", "link-in.png", "folder-out/private.txt", "../outside.txt",
                "assets/../../outside.txt", "/etc/passwd", "assets/img/../../paper.PDF", "assets\\img\\badge.png",
                "assets/img/", "")) {
            assertEquals(Optional.empty(), files.open(refused), refused);
        }
        assertTrue(files.open("assets/img/badge.png").isPresent());
    }

    @Test
    void aFileThatBecomesALinkAfterTheSiteWasReadIsRefused() throws IOException {
        Path docs = docs();
        SiteFiles files = SiteFiles.scan(docs);
        SiteFile before = files.open("paper.PDF").orElseThrow();
        Files.delete(docs.resolve("paper.PDF"));
        Files.createSymbolicLink(docs.resolve("paper.PDF"), dir.resolve("outside.txt"));
        assertEquals(Optional.empty(), files.open("paper.PDF"));
        assertThrows(IOException.class, before::open, "a file opened before is not read through the link");

        // A folder swapped for a link to elsewhere is not followed either.
        Files.delete(docs.resolve("assets/img/badge.png"));
        Files.delete(docs.resolve("assets/img"));
        Files.createSymbolicLink(docs.resolve("assets/img"), dir.resolve("elsewhere"));
        assertEquals(Optional.empty(), files.open("assets/img/badge.png"));
    }

    @Test
    void aFileCarriesItsTypeTagAndTime() throws IOException {
        Path docs = docs();
        Files.setLastModifiedTime(docs.resolve("paper.PDF"), FileTime.from(Instant.parse("2025-06-03T10:15:30.250Z")));
        SiteFile pdf = SiteFiles.scan(docs).open("paper.PDF").orElseThrow();
        assertEquals("application/pdf", pdf.contentType());
        assertEquals(8, pdf.size());
        assertEquals("Tue, 03 Jun 2025 10:15:30 GMT", pdf.httpDate());
        assertEquals("\"" + Long.toHexString(Instant.parse("2025-06-03T10:15:30Z").getEpochSecond()) + "-8\"", pdf.etag());
        assertArrayEquals("%PDF-1.4".getBytes(), pdf.bytes());

        assertTrue(pdf.notModified(pdf.etag(), null));
        assertTrue(pdf.notModified("\"other\", " + pdf.etag(), null));
        assertTrue(pdf.notModified("W/" + pdf.etag(), null));
        assertFalse(pdf.notModified("\"other\"", "Tue, 3 Jun 2025 10:15:30 GMT"), "a tag that does not match wins");
        assertTrue(pdf.notModified(null, "Tue, 3 Jun 2025 10:15:30 GMT"));
        assertTrue(pdf.notModified(null, "Wed, 4 Jun 2025 00:00:00 GMT"));
        assertFalse(pdf.notModified(null, "Mon, 2 Jun 2025 10:15:30 GMT"));
        assertFalse(pdf.notModified(null, "yesterday"));
        assertFalse(pdf.notModified(null, null));
        assertEquals("public, max-age=3600", SiteFile.cacheControl(SiteFile.DEFAULT_MAX_AGE));
    }

    @Test
    void theTypeComesFromTheEnding() {
        assertEquals("image/png", SiteFile.contentType("a/b.PNG"));
        assertEquals("image/svg+xml", SiteFile.contentType("map.svg"));
        assertEquals("text/css; charset=utf-8", SiteFile.contentType("assets/css/extra.css"));
        assertEquals("application/pdf", SiteFile.contentType("paper.pdf"));
        assertEquals("application/octet-stream", SiteFile.contentType("archive.unknown"));
        assertEquals("application/octet-stream", SiteFile.contentType("folder.d/noending"));
    }
}
