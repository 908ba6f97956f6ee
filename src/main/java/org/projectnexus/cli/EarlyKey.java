package org.projectnexus.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.model.NexusException;

/**
 * The file key of an encrypted knowledge base, started before anything else of a command (ADR 50): its derivation
 * takes 0.3 s of one core under the command line's C1 (Argon2id, ADR 52; PBKDF2's 600,000 iterations took 0.55 s),
 * and the process's other start (logging, picocli, the Markdown pipeline, H2) then goes on beside it on the second
 * core. Only when the password is given
 * ({@code --password-file} or {@code $NEXUS_PASSWORD}): a typed one comes after parsing, as before. The password is
 * read here once, and the command gets this same one ({@link ConsoleInput#readGivenPasswordEarly}).
 *
 * <p>The arguments are only glanced at: if this reading of {@code --home} or {@code --password-file} is not picocli's,
 * the command reads its own password and its opening derives its own key (it only takes a key started for its folder
 * and its very password).
 */
final class EarlyKey {

    private EarlyKey() {
    }

    /** The opening options with the password and its derivation under way; null when there is nothing to start. */
    static OpeningOptions start(ConsoleInput input, PrintWriter err, String... args) {
        Class<?> command = NexusCli.SUBCOMMANDS.get(NexusCli.commandWord(args));
        if (command == null || !KnowledgeBaseCommand.class.isAssignableFrom(command)) {
            return null; // the window, help, encrypt, decrypt, restore: they read their passwords themselves
        }
        try {
            String home = optionValue(args, "--home");
            Path folder = DataFolder.resolve(home == null ? null : Path.of(home));
            if (!KnowledgeBaseFiles.isEncrypted(folder)) {
                return null;
            }
            String file = optionValue(args, "--password-file");
            char[] password = input.readGivenPasswordEarly(file == null ? null : Path.of(file), err);
            return password == null ? null : OpeningOptions.DEFAULT.withPasswordDerivingNow(folder, password);
        } catch (NexusException | InvalidPathException notNow) {
            return null; // an unreadable password file, say: the command reads it again and says why
        }
    }

    /** The value of option {@code name} ({@code NAME VALUE} or {@code NAME=VALUE}) before any {@code --}; or null. */
    static String optionValue(String[] args, String name) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
