package app.delight.sandbox;

import java.net.URI;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/** A Jetty on 127.0.0.1 and a free port, with servlets mounted as the app mounts them. */
final class LocalJetty implements AutoCloseable {
    private final Server server = new Server();
    private final ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    private final ServerConnector connector;

    LocalJetty() {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(context);
    }

    LocalJetty mount(HttpServlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
        return this;
    }

    LocalJetty start() throws Exception {
        server.start();
        return this;
    }

    int port() {
        return connector.getLocalPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
