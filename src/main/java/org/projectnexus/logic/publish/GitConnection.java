package org.projectnexus.logic.publish;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How a publish reaches its remote: over SSH with the keys of the user's ssh-agent and of {@code ~/.ssh} (a key's
 * passphrase asked for only when that key is tried; {@code known_hosts}: an unknown host is refused, never trusted
 * blindly), over https with a token asked for only when the server wants one. Secrets are kept in memory for this
 * publish only.
 */
final class GitConnection implements AutoCloseable {

    /**
     * A push sends its objects whole. Pages are distinct documents: searching deltas between 10,000 of them took
     * seconds of a first publish for little less to send, and a changed page is one small object.
     */
    private final PackConfig pack = new PackConfig();
    private final Path sshDirectory;
    private final PublishSecrets secrets;
    private final TokenCredentials credentials;
    private SshdSessionFactory ssh; // made when an SSH remote is reached: Apache MINA's start costs a cold publish

    GitConnection(Path sshDirectory, RemoteAddress remote, PublishSecrets secrets) {
        this.sshDirectory = sshDirectory;
        this.secrets = secrets;
        this.credentials = new TokenCredentials(remote, secrets::token);
        pack.setDeltaCompress(false);
    }

    <C extends TransportCommand<C, ?>> C configure(C command) {
        return command.setCredentialsProvider(credentials).setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(ssh());
            }
            transport.setPackConfig(pack);
        }).setTimeout(30);
    }

    private SshdSessionFactory ssh() {
        if (ssh == null) {
            Path home = sshDirectory.getParent() != null ? sshDirectory.getParent() : sshDirectory;
            ssh = new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile())
                    .setSshDirectory(sshDirectory.toFile()).setConnectorFactory(new AgentSockets(System::getenv))
                    .setKeyPasswordProvider(provider -> new KeyPassphrases(secrets)).build(new JGitKeyCache());
        }
        return ssh;
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
        credentials.clear();
    }

    /**
     * Asks for the passphrase of an SSH key the agent has not unlocked, up to three times; no answer skips the key.
     * JGit asks for it only when it tries that key.
     */
    private static final class KeyPassphrases implements KeyPasswordProvider {
        private final PublishSecrets secrets;
        private int attempts = 3;
        private boolean answered;

        KeyPassphrases(PublishSecrets secrets) {
            this.secrets = secrets;
        }

        @Override
        public char[] getPassphrase(URIish key, int attempt) {
            char[] passphrase = secrets.passphrase(key.getPath() != null ? key.getPath() : key.toString());
            answered = passphrase != null && passphrase.length > 0;
            return answered ? passphrase : null;
        }

        @Override
        public void setAttempts(int maxNumberOfAttempts) {
            attempts = maxNumberOfAttempts;
        }

        @Override
        public int getAttempts() {
            return attempts;
        }

        @Override
        public boolean keyLoaded(URIish key, int attempt, Exception error) {
            return error != null && answered && attempt < attempts; // true: ask again (a mistyped passphrase)
        }
    }

    /** Answers a server's request for a user name and password with the token (asked for once, when needed). */
    private static final class TokenCredentials extends CredentialsProvider {
        private final RemoteAddress remote;
        private final Supplier<char[]> source;
        private char[] token;

        TokenCredentials(RemoteAddress remote, Supplier<char[]> source) {
            this.remote = remote;
            this.source = source;
            this.token = remote.embeddedSecret();
        }

        @Override
        public boolean isInteractive() {
            return false;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            for (CredentialItem item : items) {
                if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            if (token == null) {
                token = source.get();
            }
            if (token == null || token.length == 0) {
                return false;
            }
            for (CredentialItem item : items) {
                if (item instanceof CredentialItem.Username user) {
                    user.setValue(remote.embeddedUser() != null ? remote.embeddedUser() : "x-access-token");
                } else if (item instanceof CredentialItem.Password password) {
                    password.setValue(token.clone());
                }
            }
            return true;
        }

        void clear() {
            if (token != null) {
                java.util.Arrays.fill(token, '\0');
            }
        }
    }
}
