package org.projectnexus.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.projectnexus.logic.store.PrivateFiles;
import org.projectnexus.model.NexusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one knowledge base, as zip files in {@code backups/} of its data folder, named by the time
 * they were made. Making one goes through {@code writer} (the database's online backup); afterwards the
 * older ones are rotated: the newest backup of each of the last {@code daily} days and of each of the last
 * {@code weekly} weeks before those stay, the others are deleted.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final String PREFIX = "nexus-";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path folder;
    private final Consumer<Path> writer;
    private final Clock clock;
    private final BackupPolicy policy;

    public Backups(Path dataFolder, Consumer<Path> writer, Clock clock, BackupPolicy policy) {
        this.folder = dataFolder.resolve("backups");
        this.writer = writer;
        this.clock = clock;
        this.policy = policy;
    }

    /** The folder the backups are kept in. */
    public Path folder() {
        return folder;
    }

    /** A backup made by Nexus, with when it was made. */
    public record Backup(Path file, LocalDateTime madeAt) {
    }

    /** Makes a backup now, rotates the old ones, and returns the new one. */
    public Backup backUpNow() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.SECONDS);
        try {
            PrivateFiles.createFolder(folder);
            Path file = folder.resolve(PREFIX + now.format(NAME_TIME) + ".zip");
            Path partial = folder.resolve(file.getFileName() + ".partial");
            deleteUnfinished();
            writer.accept(partial);
            PrivateFiles.restrict(partial); // H2 wrote it with the umask's permissions
            // Only a complete backup gets a backup's name: a crash halfway leaves a .partial, never a broken zip.
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            rotate();
            return new Backup(file, now);
        } catch (IOException failure) {
            throw new NexusException("The backup could not be written to " + folder + " (" + failure.getMessage()
                    + "). Check that the disk is not full.", failure);
        }
    }

    /** Deletes what backups cut short left (a crash, a killed process): their {@code .partial} files. */
    private void deleteUnfinished() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Backups::isUnfinished).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean isUnfinished(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip.partial");
    }

    /** Makes a backup if the newest one is older than the policy's interval (or there is none). */
    public Optional<Backup> backUpIfDue() {
        Instant now = clock.instant();
        boolean due = list().stream().findFirst()
                .map(newest -> !newest.madeAt().atZone(ZoneId.systemDefault()).toInstant()
                        .isAfter(now.minus(policy.interval())))
                .orElse(true);
        return due ? Optional.of(backUpNow()) : Optional.empty();
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(backups::add));
        } catch (IOException failure) {
            throw new NexusException("The backups in " + folder + " cannot be listed (" + failure.getMessage() + ").",
                    failure);
        }
        backups.sort(Comparator.comparing(Backup::madeAt).reversed());
        return backups;
    }

    /** Deletes the backups the policy no longer keeps; returns them. */
    public List<Backup> rotate() {
        List<Backup> deleted = new ArrayList<>();
        Set<Object> days = new HashSet<>();
        Set<Object> weeks = new HashSet<>();
        for (Backup backup : list()) {
            var day = backup.madeAt().toLocalDate();
            var week = List.of(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            boolean keep;
            if (days.size() < policy.daily() || days.contains(day)) {
                keep = days.add(day);
            } else {
                keep = (weeks.size() < policy.weekly() || weeks.contains(week)) && weeks.add(week);
            }
            if (!keep) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup);
                } catch (IOException failure) {
                    LOG.warn("Could not delete the old backup {}", backup.file(), failure);
                }
            }
        }
        return deleted;
    }

    private static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, LocalDateTime.parse(
                    name.substring(PREFIX.length(), name.length() - ".zip".length()), NAME_TIME)));
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }
}
