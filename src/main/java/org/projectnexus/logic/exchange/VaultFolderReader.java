package org.projectnexus.logic.exchange;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads the Markdown files of a folder (an Obsidian vault or any folder of notes), following folder links but
 * never round a loop, skipping hidden folders ({@code .obsidian}, {@code .git}, {@code .trash}) and anything that
 * is not a regular file, and stopping at {@value #MAX_DEPTH} levels of folders. Every file it cannot use gets a
 * line in the report; the others are handed over, read with {@link TextFileReader}.
 */
final class VaultFolderReader {

    static final int MAX_DEPTH = 64;

    /** A Markdown file read from the folder: where it was (with {@code /} separators), its text, its time. */
    record MarkdownFile(String relativePath, String text, Instant modified) {

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

    List<MarkdownFile> read(Path folder, ImportReport report, Progress progress) {
        Path root = folder.toAbsolutePath().normalize();
        List<MarkdownFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    progress.checkCancelled();
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
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
                    } else if (!attributes.isRegularFile()) {
                        report.note(source, "not a regular file (a device, pipe or socket)", "skipped");
                    } else {
                        readOne(file, source, attributes, report).ifPresent(files::add);
                        progress.update("Reading files", files.size(), 0);
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
            throw new org.projectnexus.logic.NexusException("The folder " + root + " could not be read ("
                    + reason(failure) + "). Nothing was imported.", failure);
        }
        files.sort(java.util.Comparator.comparing(MarkdownFile::relativePath));
        return files;
    }

    /** One file outside any folder walk (a single Markdown file given to import). */
    static java.util.Optional<MarkdownFile> readFile(Path file, ImportReport report) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return readOne(file, file.getFileName().toString(), attributes, report);
        } catch (IOException failure) {
            throw new org.projectnexus.logic.NexusException(file + " could not be read (" + reason(failure)
                    + "). Nothing was imported.", failure);
        }
    }

    private static java.util.Optional<MarkdownFile> readOne(Path file, String source, BasicFileAttributes attributes,
                                                            ImportReport report) {
        try {
            return TextFileReader.read(file, source, report)
                    .map(text -> new MarkdownFile(source, text, attributes.lastModifiedTime().toInstant()));
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
