package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Reads the Markdown files of a folder (an Obsidian vault or any folder of notes), following links that stay inside
 * it (never round a loop) and never one that leads out of it (a vault from elsewhere may hold {@code passwd.md ->
 * /etc/passwd}: each such link is reported, nothing outside is read), skipping hidden folders ({@code .obsidian},
 * {@code .git}, {@code .trash}) and anything that is not a regular file, and stopping at {@value #MAX_DEPTH} levels
 * of folders. Every file it cannot use gets a
 * line in the report; the others are handed over, read with {@link TextFileReader}.
 */
final class VaultFolderReader {

    static final int MAX_DEPTH = 64;

    private final FileContents contents;

    VaultFolderReader(FileContents contents) {
        this.contents = contents;
    }

    /**
     * A Markdown file read from the folder: where it was (with {@code /} separators, and on disk), its text (empty
     * when not held: see {@link #withoutText}), its time.
     */
    record MarkdownFile(String relativePath, Path path, String text, Instant modified) {

        /** The file without its text, to be read again when needed (an import keeps thousands of these). */
        MarkdownFile withoutText() {
            return new MarkdownFile(relativePath, path, "", modified);
        }

        /** The file name without {@code .md}: what Obsidian links it by. */
        String stem() {
            String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            return name.substring(0, name.lastIndexOf('.'));
        }

        /** The folders it is in, relative to the vault ("" at the top). */
        String folder() {
            int slash = relativePath.lastIndexOf('/');
            return slash < 0 ? "" : relativePath.substring(0, slash);
        }
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Reads the folder's Markdown files one at a time, handing each to {@code each} (the texts are not kept here);
     * returns how many were read.
     */
    int read(Path folder, ImportReport report, Progress progress, java.util.function.Consumer<MarkdownFile> each) {
        Path root = folder.toAbsolutePath().normalize();
        int[] read = {0};
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    progress.checkCancelled();
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!inside(realRoot, dir)) {
                        report.note(relative(root, dir) + "/", "a folder link that points outside the imported folder",
                                "not followed");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String source = relative(root, file);
                    if (attributes.isDirectory()) {
                        report.note(source + "/", "folders nested deeper than " + MAX_DEPTH + " levels",
                                "not read");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!isMarkdown(file) || file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        report.note(source, "a link to a file that does not exist", "skipped");
                    } else if (!inside(realRoot, file)) {
                        report.note(source, "a link to a file outside the imported folder", "not followed");
                    } else if (!attributes.isRegularFile()) {
                        report.note(source, "not a regular file (a device, pipe or socket)", "skipped");
                    } else {
                        // A link inside is read where it leads: the second reading must not meet another target.
                        Path target = Files.isSymbolicLink(file) ? realPath(file) : file;
                        readOne(contents, target, source, attributes, report).ifPresent(markdown -> {
                            each.accept(markdown);
                            read[0]++;
                        });
                        progress.update("Reading files", read[0], 0);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    String source = relative(root, file);
                    if (failure instanceof FileSystemLoopException) {
                        report.note(source + "/", "a folder link that loops back to a folder above it",
                                "not followed");
                    } else {
                        report.note(source, "could not be read (" + reason(failure) + ")", "skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException failure) {
            throw new org.projectnexus.model.NexusException("The folder " + root + " could not be read ("
                    + reason(failure) + "). Nothing was imported.", failure);
        }
        return read[0];
    }

    /**
     * Whether {@code path} (a file or folder met in the walk) is in the imported folder once every link on the way is
     * resolved. Only links can lead out, so a path that is no link is inside if the folder it is in was.
     */
    private static boolean inside(Path realRoot, Path path) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException unresolvable) {
            return false;
        }
    }

    private static Path realPath(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException unresolvable) {
            return link; // reading it then reports why
        }
    }

    /** One file outside any folder walk (a single Markdown file given to import). */
    java.util.Optional<MarkdownFile> readFile(Path file, ImportReport report) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return readOne(contents, file, file.getFileName().toString(), attributes, report);
        } catch (IOException failure) {
            throw new org.projectnexus.model.NexusException(file + " could not be read (" + reason(failure)
                    + "). Nothing was imported.", failure);
        }
    }

    /**
     * A file of an earlier {@link #read} read again (the import's second pass): its report lines were given the
     * first time; only a file that cannot be read any more gets one now.
     */
    java.util.Optional<MarkdownFile> readAgain(MarkdownFile located, ImportReport report) {
        try {
            return TextFileReader.read(contents, located.path(), located.relativePath(), new ImportReport())
                    .map(text -> new MarkdownFile(located.relativePath(), located.path(), text, located.modified()));
        } catch (IOException failure) {
            report.note(located.relativePath(), "could not be read (" + reason(failure) + ")", "skipped");
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<MarkdownFile> readOne(FileContents contents, Path file, String source,
                                                            BasicFileAttributes attributes, ImportReport report) {
        try {
            return TextFileReader.read(contents, file, source, report)
                    .map(text -> new MarkdownFile(source, file, text, attributes.lastModifiedTime().toInstant()));
        } catch (IOException failure) {
            report.note(source, "could not be read (" + reason(failure) + ")", "skipped");
            return java.util.Optional.empty();
        }
    }

    private static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }

    static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
