package org.projectnexus.logic.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a publish pushes to, as the user typed it: a local path or {@code file://} URL, {@code ssh://} or
 * {@code git@host:path} (the user's SSH keys), or {@code https://} (a token). A password or token written into
 * the address is taken out before the address is stored or shown anywhere ({@link #stored()}); it is kept in
 * memory for this publish only ({@link #embeddedSecret()}).
 */
public record RemoteAddress(String stored, Kind kind, String embeddedUser, char[] embeddedSecret) {

    public enum Kind { LOCAL, SSH, HTTPS }

    /** Reads an address; never fails on what it does not understand (JGit says so when it connects). */
    public static RemoteAddress parse(String typed) {
        String address = typed.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ssh://")) {
            try {
                URI uri = new URI(address);
                String userInfo = uri.getRawUserInfo();
                Kind kind = lower.startsWith("ssh://") ? Kind.SSH : Kind.HTTPS;
                if (userInfo == null) {
                    return new RemoteAddress(address, kind, null, null);
                }
                int colon = userInfo.indexOf(':');
                String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                char[] secret = colon < 0 ? null : decode(userInfo.substring(colon + 1)).toCharArray();
                // Over https a lone "user@" is usually the token itself (GitHub accepts either way round).
                if (kind == Kind.HTTPS && colon < 0) {
                    secret = user.toCharArray();
                    user = null;
                }
                String keptUser = kind == Kind.SSH ? user : null;
                URI stripped = new URI(uri.getScheme(), keptUser, uri.getHost(), uri.getPort(), uri.getPath(),
                        uri.getQuery(), null);
                return new RemoteAddress(stripped.toString(), kind, user, secret);
            } catch (URISyntaxException notAUri) {
                return new RemoteAddress(address.replaceAll("//[^/@]*@", "//"), Kind.HTTPS, null, null);
            }
        }
        if (lower.startsWith("file:") || address.startsWith("/") || address.startsWith(".")
                || address.matches("^[A-Za-z]:[\\\\/].*")) {
            return new RemoteAddress(address, Kind.LOCAL, null, null);
        }
        // scp-like "git@github.com:me/repo.git": the user name is no secret.
        return new RemoteAddress(address, address.matches("^[^/]+:.*") ? Kind.SSH : Kind.LOCAL, null, null);
    }

    /** A web page for the remote where there is one ({@code https://github.com/me/repo}), else the address. */
    public String webPage() {
        String address = stored;
        if (kind == Kind.SSH && address.matches("^[^@/]+@[^:/]+:.+")) {
            address = "https://" + address.substring(address.indexOf('@') + 1).replaceFirst(":", "/");
        } else if (kind == Kind.SSH && address.startsWith("ssh://")) {
            address = "https://" + address.substring(6).replaceFirst("^[^@/]+@", "").replaceFirst(":\\d+/", "/");
        }
        return address.endsWith(".git") && kind != Kind.LOCAL ? address.substring(0, address.length() - 4) : address;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return stored;
    }
}
