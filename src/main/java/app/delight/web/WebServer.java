package app.delight.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.http.HttpServlet;
import javax.servlet.DispatcherType;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The app's HTTP side on one port: Slack's requests on {@code /slack/events} (behind the guard),
 * and {@code /healthz}. Its own Jetty rather than Bolt's {@code SlackAppServer}, which serves
 * nothing but Slack's path.
 */
public final class WebServer implements AutoCloseable {
    public static final String SLACK_EVENTS_PATH = "/slack/events";

    private final Server server;

    /**
     * @param slackFilters what stands in front of Bolt on {@code /slack/events}, in order (the guard first)
     * @param slackEvents  what answers {@code /slack/events} once the filters let a request through: Bolt
     * @param servlets     every other path: {@code /healthz}, {@code /metrics}, the sandbox
     */
    public WebServer(int port, List<Filter> slackFilters, HttpServlet slackEvents, Map<String, HttpServlet> servlets) {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        slackFilters.forEach(filter -> context.addFilter(new FilterHolder(filter), SLACK_EVENTS_PATH,
                EnumSet.of(DispatcherType.REQUEST)));
        context.addServlet(new ServletHolder(slackEvents), SLACK_EVENTS_PATH);
        // With the statistics handler, stopping waits (up to the stop timeout) for requests in flight.
        StatisticsHandler inFlight = new StatisticsHandler();
        inFlight.setHandler(context);
        server.setHandler(inFlight);
        server.setStopAtShutdown(false);
        server.setStopTimeout(5_000);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound, which differs from the asked one when that was 0. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
