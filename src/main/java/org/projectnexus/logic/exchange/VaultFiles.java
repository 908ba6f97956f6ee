package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.MediaTypes;

/**
 * The files of a vault that are not notes, found the way Obsidian finds the target of an embed (issue 24): a
 * path-qualified one ({@code ![[Attachments/a.png]]}, {@code ![](img/a%20b.png)}) from the vault's root, else by name
 * in any folder, ignoring case; of several files of that name, the one nearest the root. Hidden folders
 * ({@code .obsidian}, {@code .git}, {@code .trash}) are not looked in.
 */
public final class VaultFiles {

    private final Path root;
    private final Map<String, List<Path>> byName = new HashMap<>();
    private final Map<String, Path> byPath = new HashMap<>();

    private VaultFiles(Path root) {
        this.root = root;
    }

    /** Every file of the folder that is not Markdown. Links are not followed out of it. */
    public static VaultFiles of(Path root) {
        VaultFiles files = new VaultFiles(root);
        if (!Files.isDirectory(root)) {
            return files;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return !folder.equals(root) && folder.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile() && !name.toLowerCase(Locale.ROOT).endsWith(".md")
                            && !name.startsWith(".")) {
                        files.byName.computeIfAbsent(AttachmentNames.key(name), key -> new ArrayList<>()).add(file);
                        files.byPath.put(key(root.relativize(file).toString()), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE; // an unreadable file is reported when an embed needs it
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        files.byName.values().forEach(paths -> paths.sort(Comparator.comparingInt(Path::getNameCount)
                .thenComparing(Path::toString)));
        return files;
    }

    /** The file an embed's target or an image's (decoded) address names, if the vault has it. */
    public Optional<Path> resolve(String target) {
        String path = target.strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.contains("/")) {
            Path exact = byPath.get(key(path));
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        List<Path> named = byName.get(AttachmentNames.key(AttachmentNames.lastSegment(path)));
        return named == null ? Optional.empty() : Optional.of(named.get(0));
    }

    /**
     * Why the file may not come in, or empty when it may: larger than {@code limit}, unreadable, or content that is
     * plainly not what its extension says (a ".png" that is no PNG).
     */
    public static Optional<String> refusal(Path file, long limit) {
        try {
            if (Files.size(file) > limit) {
                return Optional.of("larger than the limit of " + org.projectnexus.model.Attachment.readableSize(limit)
                        + " per attachment");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(MediaTypes.HEAD_BYTES);
            }
            // The one content check of every way in (ADR 46).
            return MediaTypes.contentProblem(file.getFileName().toString(), head);
        } catch (IOException unreadable) {
            return Optional.of("it cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    /** A vault-relative path as it is looked up: forward slashes, ignoring case. */
    private static String key(String relative) {
        return AttachmentNames.key(relative.replace('\\', '/'));
    }

    public Path root() {
        return root;
    }
}
