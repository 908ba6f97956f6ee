package org.projectnexus.logic.publish;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a publish may have to ask the user, and only when the remote wants it: a token for an https remote, the
 * passphrase of an SSH key. Answers live in memory for one publish; nothing here is ever written anywhere.
 */
public interface PublishSecrets {

    /** The token for an https remote; null when the user gives none. */
    char[] token();

    /** The passphrase of the SSH key in {@code keyFile}; null when the user gives none (the key is then skipped). */
    char[] passphrase(String keyFile);

    static PublishSecrets of(Supplier<char[]> token, Function<String, char[]> passphrase) {
        return new PublishSecrets() {
            @Override
            public char[] token() {
                return token.get();
            }

            @Override
            public char[] passphrase(String keyFile) {
                return passphrase.apply(keyFile);
            }
        };
    }
}
