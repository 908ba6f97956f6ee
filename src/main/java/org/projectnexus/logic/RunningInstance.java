package org.projectnexus.logic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.projectnexus.logic.store.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window that holds a knowledge base listens on a local socket (loopback only), whose port and a random
 * token it writes to {@code window.port} in the data folder. A second Nexus started on the same folder, refused
 * by the database lock, sends that token and "show": the running window comes to the front; or "ping", to learn
 * whether a window (rather than a command) holds the knowledge base. The token keeps other local programs from
 * poking the window; nothing else is accepted.
 */
public final class RunningInstance implements AutoCloseable {

    static final String FILE_NAME = "window.port";
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstance.class);
    private static final int TIMEOUT_MILLIS = 2_000;
    private static final String PING = "ping";
    private static final String HERE = "here";

    private final ServerSocket server;
    private final Path file;

    private RunningInstance(ServerSocket server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Starts listening for a second Nexus on {@code folder}; {@code show} runs (on a listener thread) when one asks. */
    public static RunningInstance listen(Path folder, Runnable show) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path file = folder.resolve(FILE_NAME);
        // Private before the token is in it: another user who read it could poke the window.
        Path partial = Files.writeString(PrivateFiles.createFile(folder.resolve(FILE_NAME + ".tmp")),
                server.getLocalPort() + " " + token);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Thread listener = new Thread(() -> serve(server, token, show), "nexus-second-instance");
        listener.setDaemon(true);
        listener.start();
        return new RunningInstance(server, file);
    }

    private static void serve(ServerSocket server, String token, Runnable show) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                String request = in.readLine();
                boolean showing = (token + " show").equals(request);
                boolean asking = (token + " " + PING).equals(request);
                new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)
                        .println(showing ? "shown" : asking ? HERE : "no");
                if (showing) {
                    show.run();
                }
            } catch (IOException failure) {
                if (!server.isClosed()) {
                    LOG.debug("A second-instance request failed", failure);
                }
            }
        }
    }

    /**
     * Asks the window running on {@code folder} to come to the front; true if it answered. False when there is
     * none (or it does not answer), e.g. because the knowledge base is held by the command line.
     */
    public static boolean askToShow(Path folder) {
        return "shown".equals(ask(folder, "show"));
    }

    /**
     * Whether a window holds the knowledge base in {@code folder} (it answers on its socket), without bringing it to
     * the front: when the knowledge base is busy, the message says who has it, a window or a command.
     */
    public static boolean windowHolds(Path folder) {
        return HERE.equals(ask(folder, PING));
    }

    /** The window's answer to {@code request}, or null when no window answers (none, or a stale file). */
    private static String ask(Path folder, String request) {
        Path file = folder.resolve(FILE_NAME);
        try {
            List<String> parts = List.of(Files.readString(file).strip().split(" "));
            if (parts.size() != 2) {
                return null;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))),
                        TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)
                        .println(parts.get(1) + " " + request);
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            }
        } catch (IOException | RuntimeException none) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            LOG.debug("Could not remove {}", file, failure);
        }
    }
}
