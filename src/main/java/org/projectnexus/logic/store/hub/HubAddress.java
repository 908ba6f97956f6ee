package org.projectnexus.logic.store.hub;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * Where a team hub is: {@code postgresql://[user@]host[:port]/database[?sslmode=...]} (the JDBC form
 * {@code jdbc:postgresql://...} is accepted too). Query parameters such as {@code sslmode} go to the driver as they
 * are; without one the driver's default, {@code prefer}, uses TLS when the server offers it. A password written in
 * the address is taken out of it: it is never kept with the address.
 */
public record HubAddress(String host, int port, String database, String user, String password,
                         Map<String, String> parameters) {

    public HubAddress {
        parameters = Map.copyOf(parameters);
    }

    public static HubAddress parse(String text) {
        String given = text == null ? "" : text.strip();
        String rest = given.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? given.substring(5) : given;
        if (!rest.toLowerCase(Locale.ROOT).startsWith("postgresql://") && !rest.toLowerCase(Locale.ROOT).startsWith("postgres://")) {
            throw bad(given, "it should look like postgresql://host:5432/database");
        }
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException malformed) {
            throw bad(given, "it should look like postgresql://host:5432/database");
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (host == null || host.isBlank()) {
            throw bad(given, "it names no server (postgresql://host:5432/database)");
        }
        if (database.isBlank() || database.contains("/")) {
            throw bad(given, "it names no database (postgresql://host:5432/database)");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    String key = decode(kv[0]);
                    if (key.equals("user") || key.equals("password")) {
                        throw bad(given, "give the user before the host, and the password through NEXUS_HUB_PASSWORD");
                    }
                    parameters.put(key, kv.length > 1 ? decode(kv[1]) : "");
                }
            }
        }
        return new HubAddress(host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password, parameters);
    }

    /** The same hub reached as another user (a member's own role). */
    public HubAddress as(String otherUser) {
        return new HubAddress(host, port, database, otherUser, null, parameters);
    }

    /** The JDBC URL, without user or password (those go as connection properties). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        String joiner = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(joiner).append(java.net.URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            joiner = "&";
        }
        return url.toString();
    }

    /** The address as the member sees and keeps it: no user, no password. */
    public String display() {
        String url = jdbcUrl().substring("jdbc:".length());
        return url;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static NexusException bad(String given, String why) {
        String shown = given.replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@"); // never show a password
        return new NexusException("“" + SafeText.forDisplay(shown) + "” is not a hub address: " + why + ".");
    }
}
