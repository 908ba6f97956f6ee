package org.projectnexus.logic.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An SSH server for tests (Apache MINA sshd) that serves Git repositories to one client key, with JGit's own
 * upload-pack and receive-pack. It writes the client's key and a {@code known_hosts} that trusts this server into
 * an ssh folder, as a user's {@code ~/.ssh} would hold them.
 */
final class GitSshServer implements AutoCloseable {

    private final SshServer server;

    GitSshServer(Path sshFolder) throws Exception {
        this(sshFolder, null);
    }

    /** With {@code passphrase} not null, the client key is written encrypted with it (OpenSSH's format, bcrypt). */
    GitSshServer(Path sshFolder, String passphrase) throws Exception {
        KeyPair hostKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        KeyPair clientKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        PublicKey allowed = clientKey.getPublic();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(allowed, key));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
        Files.createDirectories(sshFolder);
        try (OutputStream out = Files.newOutputStream(sshFolder.resolve("id_ecdsa"))) {
            OpenSSHKeyEncryptionContext encryption = null;
            if (passphrase != null) {
                encryption = new OpenSSHKeyEncryptionContext();
                encryption.setPassword(passphrase);
                encryption.setCipherName("AES");
                encryption.setCipherMode("CTR");
                encryption.setCipherType("256");
            }
            new OpenSSHKeyPairResourceWriter().writePrivateKey(clientKey, "nexus test", encryption, out);
        }
        Files.writeString(sshFolder.resolve("id_ecdsa.pub"), PublicKeyEntry.toString(clientKey.getPublic()) + "\n");
        Files.writeString(sshFolder.resolve("known_hosts"),
                "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** {@code git-upload-pack '/path'} or {@code git-receive-pack '/path'}, run on a thread of its own. */
    private static final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            Thread thread = new Thread(this::run, "test-git-ssh");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            List<String> words = List.of(command.split(" ", 2));
            String path = words.get(1).replace("'", "").strip();
            try (Repository repository = new FileRepositoryBuilder().setGitDir(Path.of(path).toFile()).setMustExist(true)
                    .build()) {
                if (words.get(0).equals("git-upload-pack")) {
                    new UploadPack(repository).upload(in, out, err);
                } else {
                    new ReceivePack(repository).receive(in, out, err);
                }
                out.flush();
                exit.onExit(0);
            } catch (Exception failure) {
                exit.onExit(1, String.valueOf(failure.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
        }

        @Override
        public void setInputStream(InputStream stream) {
            in = stream;
        }

        @Override
        public void setOutputStream(OutputStream stream) {
            out = stream;
        }

        @Override
        public void setErrorStream(OutputStream stream) {
            err = stream;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            exit = callback;
        }
    }
}
