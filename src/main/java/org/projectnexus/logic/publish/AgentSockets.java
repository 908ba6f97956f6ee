package org.projectnexus.logic.publish;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's ssh-agent, reached through its Unix domain socket ({@code SSH_AUTH_SOCK}, or {@code IdentityAgent} in
 * {@code ~/.ssh/config}): JGit asks it for the keys it holds and to sign with them, so keys with a passphrase that
 * the agent has unlocked work without asking. JGit's own connector ({@code org.eclipse.jgit.ssh.apache.agent}) goes
 * through JNA and is not published for the JGit release Nexus uses; Java has spoken Unix domain sockets itself since
 * version 16, so this is the same protocol framing without a native library (ADR 35). Not on Windows (Pageant and
 * named pipes): there the key files are used as before.
 */
final class AgentSockets implements ConnectorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AgentSockets.class);
    private static final String ENVIRONMENT = "SSH_AUTH_SOCK";
    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor() {
        @Override
        public String getIdentityAgent() {
            return ENVIRONMENT;
        }

        @Override
        public String getDisplayName() {
            return "ssh-agent (SSH_AUTH_SOCK)";
        }
    };

    private final Function<String, String> environment;

    AgentSockets(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        String socket = identityAgent == null || identityAgent.isBlank() || identityAgent.equals(ENVIRONMENT)
                ? environment.apply(ENVIRONMENT) : identityAgent;
        if (socket != null && socket.startsWith("~/") && homeDir != null) {
            socket = new File(homeDir, socket.substring(2)).getPath();
        }
        return new SocketConnector(socket);
    }

    @Override
    public boolean isSupported() {
        return !System.getProperty("os.name", "").startsWith("Windows");
    }

    @Override
    public String getName() {
        return "nexus-unix-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(DESCRIPTOR);
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return DESCRIPTOR;
    }

    /** One conversation with the agent: a request (length, command, body), then a reply (length, body). */
    private static final class SocketConnector extends AbstractConnector {
        private final String socket;
        private SocketChannel channel;

        SocketConnector(String socket) {
            this.socket = socket;
        }

        @Override
        public synchronized boolean connect() {
            if (channel != null) {
                return true;
            }
            if (socket == null || socket.isBlank() || !Files.exists(Path.of(socket))) {
                return false; // no agent: the key files are tried
            }
            try {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(socket));
                return true;
            } catch (IOException | UnsupportedOperationException unreachable) {
                // A stale SSH_AUTH_SOCK (an agent that has gone) must not stop the key files from being tried.
                LOG.info("The ssh-agent at {} could not be reached: {}", socket, unreachable.getMessage());
                closeQuietly();
                return false;
            }
        }

        @Override
        public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
            if (channel == null) {
                throw new IOException("Not connected to the ssh-agent");
            }
            prepareMessage(command, message);
            ByteBuffer request = ByteBuffer.wrap(message);
            while (request.hasRemaining()) {
                channel.write(request);
            }
            byte[] length = new byte[4];
            readFully(length);
            byte[] reply = new byte[toLength(command, length)];
            readFully(reply);
            return reply;
        }

        private void readFully(byte[] into) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(into);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("The ssh-agent closed the connection");
                }
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }

        private void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                channel = null; // closing a socket that never connected: nothing more to do
            }
        }
    }
}
