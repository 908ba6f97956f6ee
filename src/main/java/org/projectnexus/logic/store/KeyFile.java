package org.projectnexus.logic.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.WrongPasswordException;

/**
 * The key file beside an encrypted database ({@code nexus.key}): how the file key H2 gets is derived from the
 * password (Argon2id, its memory, passes and lanes, and a random salt, ADR 52; before it PBKDF2-HMAC-SHA256 and its
 * iterations, ADR 38), and a check value that tells a wrong password from a damaged file. It holds nothing secret:
 * without the password it only says how costly each guess must be, and the check costs a guesser the same
 * derivation as the database does. It goes into every backup of the
 * database; lost, the database cannot be opened.
 */
final class KeyFile {

    static final String NAME = "nexus.key";
    /** A key file whose database may not be encrypted with it yet: written first, committed (renamed) after. */
    static final String PENDING = "nexus.key.new";
    /** PBKDF2's iterations, in key files written before ADR 52 (read, then upgraded at their next opening). */
    static final int PBKDF2_ITERATIONS = 600_000;
    /** Argon2id's cost (ADR 52): OWASP's first recommended setting, 19 MiB, two passes, one lane. */
    static final int ARGON2_MEMORY_KIB = 19_456;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;
    /** Bounds on what an Argon2id key file may ask for: a tampered one must not take the machine's memory. */
    private static final int MOST_MEMORY_KIB = 1 << 18; // 256 MiB: the window's heap is 1 GB
    private static final int MOST_ARGON2_ITERATIONS = 64;
    private static final int MOST_PARALLELISM = 16;
    static final String PBKDF2 = "PBKDF2-HMAC-SHA256";
    static final String ARGON2ID = "Argon2id";
    /** A member of the key file's object: a name, and a string without escapes or a whole number. */
    private static final Pattern MEMBER = Pattern.compile(
            "\\s*\"(\\w+)\"\\s*:\\s*(?:\"([^\"\\\\]*)\"|(\\d+))\\s*");
    private static final byte[] CHECK_LABEL = "Nexus file key check".getBytes(StandardCharsets.US_ASCII);

    /** The file's JSON: {@code memory} (KiB) and {@code parallelism} are Argon2id's only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contents(String kdf, Integer memory, int iterations, Integer parallelism, String salt, String check) {
    }

    /** A new key file and the file key it gives for the password it was made with. */
    record Fresh(KeyFile file, char[] key) {
    }

    private final String kdf;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final byte[] salt;
    private final byte[] check;

    private KeyFile(String kdf, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] check) {
        this.kdf = kdf;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.salt = salt;
        this.check = check;
    }

    /** A key file for a new password: Argon2id, a new random salt. */
    static Fresh create(char[] password) {
        return create(password, ARGON2ID);
    }

    /** A key file for a new password with this derivation ({@link #PBKDF2}: as before ADR 52, for tests). */
    static Fresh create(char[] password, String kdf) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        KeyFile file = ARGON2ID.equals(kdf)
                ? new KeyFile(ARGON2ID, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_PARALLELISM, salt, null)
                : new KeyFile(PBKDF2, 0, PBKDF2_ITERATIONS, 0, salt, null);
        byte[] derived = file.derive(password);
        try {
            return new Fresh(new KeyFile(file.kdf, file.memoryKib, file.iterations, file.parallelism, salt,
                    checkOf(derived)), hex(derived));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private byte[] derive(char[] password) {
        return ARGON2ID.equals(kdf) ? KeyDerivation.argon2id(password, salt, memoryKib, iterations, parallelism)
                : KeyDerivation.pbkdf2(password, salt, iterations);
    }

    /** Whether this key file derives as a new one would: else its next opening upgrades it (ADR 52). */
    boolean current() {
        return ARGON2ID.equals(kdf) && memoryKib >= ARGON2_MEMORY_KIB && iterations >= ARGON2_ITERATIONS;
    }

    /**
     * The key file at {@code file}, if there is one. Read without Jackson: an opening reads it on the key derivation's
     * thread before the derivation can start, and Jackson's first use cost 0.3 s there under C1 (ADR 50).
     */
    static Optional<KeyFile> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Contents contents = parse(Files.readString(file, StandardCharsets.UTF_8));
            boolean argon2 = ARGON2ID.equals(contents.kdf());
            if (!argon2 && !PBKDF2.equals(contents.kdf()) || contents.iterations() < 1) {
                throw new IOException("an unknown key derivation: " + contents.kdf());
            }
            if (argon2 && (contents.iterations() > MOST_ARGON2_ITERATIONS || contents.parallelism() < 1
                    || contents.parallelism() > MOST_PARALLELISM || contents.memory() < 8 * contents.parallelism()
                    || contents.memory() > MOST_MEMORY_KIB)) {
                throw new IOException("Argon2id's cost out of range");
            }
            return Optional.of(new KeyFile(contents.kdf(), argon2 ? contents.memory() : 0, contents.iterations(),
                    argon2 ? contents.parallelism() : 0, Base64.getDecoder().decode(contents.salt()),
                    Base64.getDecoder().decode(contents.check())));
        } catch (IOException | RuntimeException unreadable) {
            throw new DatabaseDamagedException("The key file " + file + " of the encrypted knowledge base cannot be"
                    + " read (" + unreadable.getMessage() + "), and without it the knowledge base cannot be opened."
                    + " Restore a backup (it holds its key file).", unreadable);
        }
    }

    /**
     * The JSON {@link #write} writes: one flat object of exactly these members, in any order, strings without
     * escapes (a name and Base64) and whole numbers: {@code kdf}, {@code iterations}, {@code salt}, {@code check},
     * and for Argon2id {@code memory} and {@code parallelism} too. Anything else is refused.
     */
    static Contents parse(String json) throws IOException {
        String body = json.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new IOException("not a JSON object");
        }
        Map<String, String> members = new HashMap<>();
        for (String member : body.substring(1, body.length() - 1).split(",", -1)) {
            Matcher matched = MEMBER.matcher(member);
            if (!matched.matches() || members.put(matched.group(1),
                    matched.group(2) != null ? matched.group(2) : matched.group(3)) != null) {
                throw new IOException("not a key file's member: " + member.strip());
            }
        }
        boolean argon2 = ARGON2ID.equals(members.get("kdf"));
        Set<String> numbers = argon2 ? Set.of("memory", "iterations", "parallelism") : Set.of("iterations");
        Set<String> expected = new java.util.HashSet<>(Set.of("kdf", "salt", "check"));
        expected.addAll(numbers);
        if (!members.keySet().equals(expected)
                || !numbers.stream().allMatch(name -> members.get(name).chars().allMatch(Character::isDigit))) {
            throw new IOException("not a key file's members: " + members.keySet());
        }
        try {
            return new Contents(members.get("kdf"), argon2 ? Integer.valueOf(members.get("memory")) : null,
                    Integer.parseInt(members.get("iterations")),
                    argon2 ? Integer.valueOf(members.get("parallelism")) : null, members.get("salt"),
                    members.get("check"));
        } catch (NumberFormatException tooLarge) {
            throw new IOException("a cost out of range", tooLarge);
        }
    }

    /**
     * The file key {@code password} gives: the derived key in hex, which H2 takes as a file password (no spaces in
     * it, so pass phrases can have them). Refuses a wrong password here, before H2 sees the file.
     */
    char[] key(char[] password, Path folder) {
        byte[] derived = derive(password);
        try {
            if (!MessageDigest.isEqual(checkOf(derived), check)) {
                throw new WrongPasswordException("That password does not open the knowledge base in " + folder
                        + ". Nothing was changed; try again.");
            }
            return hex(derived);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** Whether {@code other} derives the same key the same way (read twice from one file, for instance). */
    boolean sameAs(KeyFile other) {
        return kdf.equals(other.kdf) && memoryKib == other.memoryKib && iterations == other.iterations
                && parallelism == other.parallelism && Arrays.equals(salt, other.salt)
                && Arrays.equals(check, other.check);
    }

    /** Writes the key file, private to its owner, on disk before this returns (it is as precious as the database). */
    void write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(partial);
            PrivateFiles.createFile(partial);
            boolean argon2 = ARGON2ID.equals(kdf);
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new Contents(kdf,
                    argon2 ? memoryKib : null, iterations, argon2 ? parallelism : null,
                    Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(check)));
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(json));
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new NexusException("The key file " + file + " could not be written (" + failure.getMessage()
                    + "); nothing was encrypted. Check that the disk is not full.", failure);
        }
    }

    private static byte[] checkOf(byte[] derived) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    private static char[] hex(byte[] derived) {
        return HexFormat.of().formatHex(derived).toCharArray();
    }
}
