package org.projectnexus.logic.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git's smart HTTP protocol for tests, over the JDK's own HTTP server and JGit's upload-pack and receive-pack, with
 * basic authentication: a request without the token gets 401, as GitHub answers, and the client must send it. Plain
 * http: TLS is the JDK's, and the token travels the same way over both.
 */
final class GitHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Path repository;
    private final String token;
    private final List<String> passwordsSeen = Collections.synchronizedList(new ArrayList<>());

    GitHttpServer(Path repository, String token) throws IOException {
        this.repository = repository;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hub.git/", this::handle);
        server.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub.git";
    }

    /** Every password a client sent, right or wrong. */
    List<String> passwordsSeen() {
        return passwordsSeen;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"hub\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            try (Repository git = new FileRepositoryBuilder().setGitDir(repository.toFile()).build()) {
                if (path.endsWith("/info/refs")) {
                    advertise(exchange, git, query.contains("git-receive-pack") ? "git-receive-pack" : "git-upload-pack");
                } else if (path.endsWith("/git-upload-pack")) {
                    respond(exchange, "application/x-git-upload-pack-result", out -> {
                        UploadPack upload = new UploadPack(git);
                        upload.setBiDirectionalPipe(false);
                        upload.upload(body(exchange), out, null);
                    });
                } else if (path.endsWith("/git-receive-pack")) {
                    respond(exchange, "application/x-git-receive-pack-result", out -> {
                        ReceivePack receive = new ReceivePack(git);
                        receive.setBiDirectionalPipe(false);
                        receive.receive(body(exchange), out, null);
                    });
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        String password = pair.substring(pair.indexOf(':') + 1);
        passwordsSeen.add(password);
        return password.equals(token);
    }

    private static void advertise(HttpExchange exchange, Repository git, String service) throws IOException {
        respond(exchange, "application/x-" + service + "-advertisement", out -> {
            PacketLineOut lines = new PacketLineOut(out);
            lines.writeString("# service=" + service + "\n");
            lines.end();
            RefAdvertiser.PacketLineOutRefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(lines);
            if (service.equals("git-receive-pack")) {
                ReceivePack receive = new ReceivePack(git);
                receive.setBiDirectionalPipe(false);
                receive.sendAdvertisedRefs(advertiser);
            } else {
                UploadPack upload = new UploadPack(git);
                upload.setBiDirectionalPipe(false);
                upload.sendAdvertisedRefs(advertiser);
            }
        });
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        return "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding")) ? new GZIPInputStream(in) : in;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void respond(HttpExchange exchange, String type, Writing writing) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writing.to(buffer);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, buffer.size() == 0 ? -1 : buffer.size());
        exchange.getResponseBody().write(buffer.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
