package org.projectnexus.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * Everything the command line reads from the user: answers (confirmations, passwords) and the text of standard input
 * ({@code nexus add}, {@code nexus render -}). From the terminal when there is one (passwords without echo), else a
 * line of standard input each, so scripts and tests can answer.
 *
 * <p>Standard input has this one owner: an answer is read from the same buffer as the text that follows it, one line
 * and not a byte more. A reader of its own for the answers once buffered 8 KB past the password, and those bytes,
 * the start of the body, were lost (issue 28).
 */
final class ConsoleInput {

    /** Where a script puts the password of an encrypted knowledge base, if not in a file. */
    static final String PASSWORD_VARIABLE = "NEXUS_PASSWORD";

    private final InputStream stdin;
    private final Console console;
    private final Map<String, String> environment;
    /** The given password read before the command line was parsed, until the command takes it (and its file). */
    private char[] readEarly;
    private Path readEarlyFrom;
    static final String HUB_PASSWORD_VARIABLE = "NEXUS_HUB_PASSWORD";

    ConsoleInput(InputStream stdin, Console console, Map<String, String> environment) {
        this.stdin = new BufferedInputStream(stdin);
        this.console = console;
        this.environment = environment;
    }

    /** The next line of input after showing {@code prompt} on {@code err}; empty at the end of input. */
    String line(String prompt, PrintWriter err) {
        if (console != null) {
            String answer = console.readLine("%s", prompt);
            return answer == null ? "" : answer;
        }
        err.print(prompt);
        err.flush();
        return nextLine();
    }

    /** Whether a person is there to answer: standard input is a terminal. */
    boolean isTerminal() {
        return console != null;
    }

    /** Whether the user answered yes to {@code question}. */
    boolean confirm(String question, PrintWriter err) {
        String answer = line(question + " [y/N] ", err).strip().toLowerCase(java.util.Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }

    /** A password typed in answer to {@code prompt}, never echoed on a terminal; refused when empty. */
    char[] password(String prompt, PrintWriter err) {
        char[] password = console != null ? console.readPassword("%s", prompt) : line(prompt, err).toCharArray();
        return checked(password, "No password was given.");
    }

    /**
     * The password of a knowledge base, given without a prompt: the first line of {@code file} if there is one
     * ({@code --password-file}), else {@code $NEXUS_PASSWORD}; null when neither is given.
     */
    char[] givenPassword(Path file, PrintWriter err) {
        if (readEarly != null && java.util.Objects.equals(file, readEarlyFrom)) {
            char[] early = readEarly;
            readEarly = null; // handed over once: whoever asks again reads again, as without an early start
            return early;
        }
        return readGivenPassword(file, err);
    }

    /**
     * Reads the given password ({@link #givenPassword}) before the command line is parsed, to derive its file key
     * meanwhile (ADR 50); the command that asks for the password given by the same {@code file} then gets this one,
     * not a second reading. Null when none is given.
     */
    char[] readGivenPasswordEarly(Path file, PrintWriter err) {
        char[] password = readGivenPassword(file, err);
        readEarly = password;
        readEarlyFrom = file;
        return password;
    }

    private char[] readGivenPassword(Path file, PrintWriter err) {
        if (file != null) {
            return fromFile(file, err);
        }
        String variable = environment.get(PASSWORD_VARIABLE);
        return variable == null || variable.isEmpty() ? null : variable.toCharArray();
    }

    /** A hub's password: {@code $NEXUS_HUB_PASSWORD}, else asked for with {@code prompt} when {@code ask}, else null. */
    char[] hubPassword(String prompt, PrintWriter err, boolean ask) {
        String variable = environment.get(HUB_PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        return ask ? password(prompt, err) : null;
    }

    /** The given password ({@link #givenPassword}), else one asked for with {@code prompt}. */
    char[] password(Path file, String prompt, PrintWriter err) {
        char[] given = givenPassword(file, err);
        return given != null ? given : password(prompt, err);
    }

    private static char[] fromFile(Path file, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new NexusException("The password file " + SafeText.forDisplay(file) + " cannot be read ("
                    + unreadable.getMessage() + ").", unreadable);
        }
        warnIfOthersCanRead(file, err);
        String text = decode(bytes, "The password file " + SafeText.forDisplay(file));
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return checked((line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray(),
                "The password file " + SafeText.forDisplay(file) + " is empty: its first line is the password.");
    }

    private static void warnIfOthersCanRead(Path file, PrintWriter err) {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                    || permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)) {
                err.println("nexus: warning: other users can read the password file " + SafeText.forDisplay(file)
                        + "; chmod 600 it.");
            }
        } catch (IOException | UnsupportedOperationException notPosix) {
            // Windows: its folders' access lists decide, and Nexus does not judge them.
        }
    }

    private static char[] checked(char[] password, String whenEmpty) {
        if (password == null || password.length == 0) {
            throw new NexusException(whenEmpty);
        }
        return password;
    }

    /**
     * The rest of standard input as text, all of it: what an answer did not take. Refused, and so never saved,
     * when it is not UTF-8: a body with some bytes replaced is not the body that was given.
     */
    String remainingText() {
        try {
            return decode(stdin.readAllBytes(), "Standard input");
        } catch (IOException unreadable) {
            throw new NexusException("Standard input could not be read to its end (" + unreadable.getMessage()
                    + "); nothing was saved.", unreadable);
        }
    }

    /**
     * Like {@link #remainingText()}, reading no further than one byte past {@code maxBytes}: empty when standard
     * input holds more, which is then never held in memory whole.
     */
    Optional<String> remainingText(long maxBytes) {
        try {
            byte[] read = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return read.length > maxBytes ? Optional.empty() : Optional.of(decode(read, "Standard input"));
        } catch (IOException unreadable) {
            throw new NexusException("Standard input could not be read to its end (" + unreadable.getMessage()
                    + "); nothing was saved.", unreadable);
        }
    }

    private static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new NexusException(what + " is not UTF-8 text; nothing was saved. Convert it first, e.g. with"
                    + " iconv -t UTF-8.", notUtf8);
        }
    }

    /** One line of standard input, without its line end, read byte by byte from the shared buffer. */
    private String nextLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = stdin.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
