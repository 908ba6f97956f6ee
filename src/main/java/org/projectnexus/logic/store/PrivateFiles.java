package org.projectnexus.logic.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.projectnexus.model.NexusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds a person's notes (in plain text unless encrypted), their backups, the log and the window's
 * socket token: on Linux and macOS its folders are made 0700 and its files 0600, whatever the umask says (usually
 * 0755 and 0644, readable by every user of the machine). Elsewhere (Windows) the folder's access list decides and
 * these calls change nothing.
 *
 * <p>H2 and logback create and rewrite files with the process's umask (a compaction or a change of encryption writes
 * a new file), so the file is restricted again after each such write, and the folder, 0700 from the start, keeps
 * other users out meanwhile. A folder that exists already (say a {@code --home} the user chose) is left as it is.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code folder} and any missing parent, each only its owner may enter; returns it. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        try {
            return Files.createDirectories(folder, attribute(FOLDER));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createDirectories(folder);
        }
    }

    /** The data folder of a knowledge base, created private if it is new (see {@link #createFolder}). */
    static void createDataFolder(Path folder) {
        try {
            createFolder(folder);
        } catch (IOException failure) {
            throw new NexusException("Nexus could not create the folder " + folder + " (" + failure.getMessage()
                    + "). Check that its parent can be written, or use another --home folder.", failure);
        }
    }

    /** Creates {@code file} empty, only its owner may read it, unless it exists; then it is restricted. */
    public static Path createFile(Path file) throws IOException {
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.exists(file) ? file : Files.createFile(file);
        } catch (FileAlreadyExistsException exists) {
            restrict(file);
            return file;
        }
    }

    /** Makes a file (0600) or folder (0700) private to its owner, if it exists and the file system has owners. */
    public static void restrict(Path path) {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's access list applies.
        } catch (java.nio.file.NoSuchFileException gone) {
            // Nothing was written there after all.
        } catch (IOException | SecurityException failure) {
            // Its logger only now: the launcher uses this class to make the log file before logging may start, and a
            // logger made at class loading started logback before it knew the data folder (it wrote to the temp folder).
            Logger log = LoggerFactory.getLogger(PrivateFiles.class);
            log.warn("Could not make {} private to its owner", path, failure);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
