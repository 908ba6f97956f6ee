package org.projectnexus.logic.store;

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
 * password (PBKDF2-HMAC-SHA256, its iterations and random salt; ADR 38), and a check value that tells a wrong password
 * from a damaged file. It holds nothing secret: without the password it only says how slow each guess must be, and
 * the check costs a guesser the same 600,000 iterations as the database does. It goes into every backup of the
 * database; lost, the database cannot be opened.
 */
final class KeyFile {

    static final String NAME = "nexus.key";
    /** A key file whose database may not be encrypted with it yet: written first, committed (renamed) after. */
    static final String PENDING = "nexus.key.new";
    static final int ITERATIONS = 600_000;
    private static final String KDF = "PBKDF2-HMAC-SHA256";
    /** A member of the key file's object: a name, and a string without escapes or a whole number. */
    private static final Pattern MEMBER = Pattern.compile(
            "\\s*\"(\\w+)\"\\s*:\\s*(?:\"([^\"\\\\]*)\"|(\\d+))\\s*");
    private static final byte[] CHECK_LABEL = "Nexus file key check".getBytes(StandardCharsets.US_ASCII);

    /** The file's JSON. */
    record Contents(String kdf, int iterations, String salt, String check) {
    }

    /** A new key file and the file key it gives for the password it was made with. */
    record Fresh(KeyFile file, char[] key) {
    }

    private final int iterations;
    private final byte[] salt;
    private final byte[] check;

    private KeyFile(int iterations, byte[] salt, byte[] check) {
        this.iterations = iterations;
        this.salt = salt;
        this.check = check;
    }

    /** A key file for a new password: a new random salt. */
    static Fresh create(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] derived = KeyDerivation.pbkdf2(password, salt, ITERATIONS);
        try {
            return new Fresh(new KeyFile(ITERATIONS, salt, checkOf(derived)), hex(derived));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * The key file at {@code file}, if there is one. Read without Jackson: an opening reads it on the key derivation's
     * thread before the 600,000 iterations can start, and Jackson's first use cost 0.3 s there under C1 (ADR 50).
     */
    static Optional<KeyFile> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Contents contents = parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!KDF.equals(contents.kdf()) || contents.iterations() < 1) {
                throw new IOException("an unknown key derivation: " + contents.kdf());
            }
            return Optional.of(new KeyFile(contents.iterations(), Base64.getDecoder().decode(contents.salt()),
                    Base64.getDecoder().decode(contents.check())));
        } catch (IOException | RuntimeException unreadable) {
            throw new DatabaseDamagedException("The key file " + file + " of the encrypted knowledge base cannot be"
                    + " read (" + unreadable.getMessage() + "), and without it the knowledge base cannot be opened."
                    + " Restore a backup (it holds its key file).", unreadable);
        }
    }

    /**
     * The JSON {@link #write} writes: one flat object of exactly these four members, in any order, strings without
     * escapes (a name and Base64) and a whole number. Anything else is refused.
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
        if (!members.keySet().equals(Set.of("kdf", "iterations", "salt", "check"))
                || !members.get("iterations").chars().allMatch(Character::isDigit)) {
            throw new IOException("not a key file's members: " + members.keySet());
        }
        try {
            return new Contents(members.get("kdf"), Integer.parseInt(members.get("iterations")), members.get("salt"),
                    members.get("check"));
        } catch (NumberFormatException tooLarge) {
            throw new IOException("iterations out of range", tooLarge);
        }
    }

    /**
     * The file key {@code password} gives: the derived key in hex, which H2 takes as a file password (no spaces in
     * it, so pass phrases can have them). Refuses a wrong password here, before H2 sees the file.
     */
    char[] key(char[] password, Path folder) {
        byte[] derived = KeyDerivation.pbkdf2(password, salt, iterations);
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
        return iterations == other.iterations && Arrays.equals(salt, other.salt) && Arrays.equals(check, other.check);
    }

    /** Writes the key file, private to its owner, on disk before this returns (it is as precious as the database). */
    void write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(partial);
            PrivateFiles.createFile(partial);
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new Contents(KDF,
                    iterations, Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(check)));
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
