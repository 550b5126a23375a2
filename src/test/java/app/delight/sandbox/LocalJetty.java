package app.delight.sandbox;

import java.net.URI;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/** A Jetty on 127.0.0.1 and a free port, with servlets mounted as the app mounts them. */
final class LocalJetty implements AutoCloseable {
    private final Server server = new Server();
    private final ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    private final ServerConnector connector;

    LocalJetty() {
        this(0);
    }

    LocalJetty(int port) {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(context);
    }

    LocalJetty mount(HttpServlet servlet, String... paths) {
        // a holder per path, as the app's WebServer mounts them
        for (String path : paths) {
            context.addServlet(new ServletHolder(servlet), path);
        }
        return this;
    }

    LocalJetty filter(Filter filter, String path) {
        context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST));
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
