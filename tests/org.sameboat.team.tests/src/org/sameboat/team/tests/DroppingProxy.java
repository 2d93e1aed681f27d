package org.sameboat.team.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on the loopback interface in front of the Git server that, when armed, cuts the connection in the middle
 * of the next push: it passes on the first half of the request that sends the pack, then closes both sides.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean dropped = new AtomicBoolean();

    DroppingProxy(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "dropping proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    void dropNextPush() {
        armed.set(true);
    }

    boolean dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                relay(client, server, true);
                relay(server, client, false);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket from, Socket to, boolean watch) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (watch && armed.get() && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains("POST ")
                            && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains("git-receive-pack")) {
                        out.write(buffer, 0, n / 2);
                        out.flush();
                        armed.set(false);
                        dropped.set(true);
                        from.close();
                        to.close();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: so does the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "dropping proxy pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
