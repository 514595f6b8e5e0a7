package nl.dichtbij.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sits between the application and its database so a test can pull the plug: {@link #onderbreek()}
 * drops every open connection and refuses new ones, as a stopped database does;
 * {@link #herstel()} lets connections through again. Works for PostgreSQL and H2's TCP server alike.
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String host;
    private final int poort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean onderbroken;

    TcpProxy(String host, int poort) throws IOException {
        this.host = host;
        this.poort = poort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-proxy").start(this::neemAan);
    }

    int poort() {
        return server.getLocalPort();
    }

    void onderbreek() {
        onderbroken = true;
        open.forEach(TcpProxy::sluit);
        open.clear();
    }

    void herstel() {
        onderbroken = false;
    }

    @Override
    public void close() throws IOException {
        server.close();
        onderbreek();
    }

    private void neemAan() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (onderbroken) {
                sluit(client);
                continue;
            }
            try {
                Socket database = new Socket(host, poort);
                open.add(client);
                open.add(database);
                if (onderbroken) {
                    // cut while this connection was being made
                    sluit(client);
                    sluit(database);
                    continue;
                }
                Thread.ofVirtual().start(() -> pomp(client, database));
                Thread.ofVirtual().start(() -> pomp(database, client));
            } catch (IOException e) {
                sluit(client);
            }
        }
    }

    private void pomp(Socket van, Socket naar) {
        try {
            van.getInputStream().transferTo(naar.getOutputStream());
        } catch (IOException e) {
            // the other side or the test closed the connection
        } finally {
            sluit(van);
            sluit(naar);
            open.remove(van);
            open.remove(naar);
        }
    }

    private static void sluit(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
