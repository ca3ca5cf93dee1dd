package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser profile's check that Chromium and its driver are installed, run as Maven runs it
 * ({@code -Pbrowser}, the {@code browser-installed} enforcer execution) against a temporary folder:
 * Debian installs {@code /usr/bin/chromedriver} as a link, and a link must count as installed, while
 * a missing file, or a link to nothing, must still stop the build with its advice.
 */
class BrowserProfileTest {
    @TempDir
    static Path folder;
    static Path program;

    @BeforeAll
    static void anExecutable() throws IOException {
        program = folder.resolve("lib/chromium/chromedriver");
        Files.createDirectories(program.getParent());
        Files.writeString(program, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void filesAndLinksBothCountAsInstalled() throws Exception {
        Path link = folder.resolve("bin/chromedriver");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("../lib/chromium/chromedriver"));

        Check check = check(program, link);

        assertEquals(0, check.exit(), check.output());
    }

    @Test
    void aMissingDriverStopsTheBuildWithItsAdvice() throws Exception {
        Path missing = folder.resolve("nowhere/chromedriver");

        Check check = check(program, missing);

        assertNotEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("need Chromium's driver at " + missing), check.output());
        assertTrue(check.output().contains("apt-get install chromium chromium-driver"), check.output());
    }

    @Test
    void aLinkToNothingIsMissingToo() throws Exception {
        Path dangling = folder.resolve("dangling/chromium");
        Files.createDirectories(dangling.getParent());
        Files.createSymbolicLink(dangling, folder.resolve("no-such-browser"));

        Check check = check(dangling, program);

        assertNotEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("need Debian's Chromium at " + dangling), check.output());
    }

    private record Check(int exit, String output) {}

    /** Runs only the profile's enforcer execution of this module's pom, with the two paths given. */
    private static Check check(Path chromium, Path driver) throws Exception {
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-f", Path.of("pom.xml").toAbsolutePath().toString(),
                "-Pbrowser", "enforcer:enforce@browser-installed",
                "-Dbrowser.chromium=" + chromium, "-Dbrowser.chromedriver=" + driver));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "maven did not finish");
        return new Check(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
