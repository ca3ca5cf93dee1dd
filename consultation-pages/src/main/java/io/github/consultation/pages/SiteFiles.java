package io.github.consultation.pages;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A site's own files that are not pages (images, PDFs, the site's stylesheet), as MkDocs
 * publishes them: each at its path within the pages' folder. Found once, when the site is read;
 * a file is then served only if it was found then, and only while it is still a plain file inside
 * the folder, so that no address reaches outside it.
 *
 * <p>Never served: Markdown files (they are pages), files and folders whose names start with a
 * dot ({@code .git}, {@code .env}), symbolic links (a link could lead anywhere), anything in a
 * folder reached through one, and database files (a feedback store kept in the folder by mistake
 * must never go out with the site: {@code .db}, {@code .sqlite}, {@code .sqlite3} and their
 * journals). Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SiteFiles files = SiteFiles.scan(Path.of("docs"));
 * files.paths();                              // [assets/img/badge.png, downloads/paper.pdf, ...]
 * files.open("assets/img/badge.png");         // Optional[SiteFile[...]]
 * files.open("../mkdocs.yml");                // Optional.empty
 * }</pre>
 */
public final class SiteFiles {
    private static final SiteFiles NONE = new SiteFiles(null, Set.of());
    private static final Pattern DATABASE = Pattern.compile(
            "(?i).+\\.(?:db|sqlite|sqlite3|db3|mv\\.db|trace\\.db)(?:-journal|-wal|-shm)?$");

    private final @Nullable Path root;
    private final Set<String> paths;

    private SiteFiles(@Nullable Path root, Set<String> paths) {
        this.root = root;
        this.paths = paths;
    }

    /** No files: a site of pages only. */
    public static SiteFiles none() {
        return NONE;
    }

    /**
     * The files under {@code root} that a site publishes beside its pages.
     *
     * @throws IOException if the folder cannot be read
     */
    public static SiteFiles scan(Path root) throws IOException {
        Objects.requireNonNull(root, "root");
        Path real = root.toRealPath();
        List<String> found = new ArrayList<>();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(real) || publishable(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // walkFileTree does not follow links: a link is seen as one, and is left out.
                if (attrs.isRegularFile() && publishable(file) && !PageFiles.isPageFile(file)
                        && !DATABASE.matcher(file.getFileName().toString()).matches()) {
                    found.add(separated(real.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        return new SiteFiles(real, Collections.unmodifiableSet(new LinkedHashSet<>(found)));
    }

    private static boolean publishable(Path path) {
        Path name = path.getFileName();
        return name != null && !name.toString().startsWith(".") && !Files.isSymbolicLink(path);
    }

    private static String separated(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /** The folder the files were found in (its real path); empty for {@link #none()}, a site read from no folder. */
    public Optional<Path> folder() {
        return Optional.ofNullable(root);
    }

    /** Every file's path within the folder, {@code /} between folders, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** Whether the site has a file at {@code path} (decoded, relative to the pages' folder). */
    public boolean contains(String path) {
        return paths.contains(Objects.requireNonNull(path, "path"));
    }

    /**
     * The file at {@code path} (decoded, relative to the pages' folder, as {@link #paths()} gives
     * it), if the site has one there and it is still a plain file inside the folder, reached
     * through no link. Anything else ({@code ../}, an absolute path, a hidden file, a file added
     * since the site was read, a file since replaced by a link) is empty.
     */
    public Optional<SiteFile> open(String path) {
        Objects.requireNonNull(path, "path");
        if (root == null || !paths.contains(path)) {
            return Optional.empty();
        }
        Path file = root;
        for (String part : path.split("/")) {
            file = file.resolve(part);
            if (Files.isSymbolicLink(file)) {
                return Optional.empty();
            }
        }
        if (!file.normalize().startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SiteFile.of(path, file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SiteFiles[" + paths.size() + (paths.size() == 1 ? " file" : " files") + "]";
    }
}
