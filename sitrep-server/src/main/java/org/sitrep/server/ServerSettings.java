package org.sitrep.server;

/**
 * How the server listens and what it accepts. {@code host} is the loopback address by default: the desk is
 * a local tool, and exposing it to a network is a deliberate choice ({@code --host}).
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxTextChars) {

    public static final ServerSettings DEFAULT = new ServerSettings("127.0.0.1", 7070, 2_000_000L, 200_000);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxBodyBytes, maxTextChars);
    }

    /** Port 0 asks the system for a free port (tests). */
    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxBodyBytes, maxTextChars);
    }

    public ServerSettings withLimits(long bodyBytes, int textChars) {
        return new ServerSettings(host, port, bodyBytes, textChars);
    }
}
