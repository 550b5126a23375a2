package app.delight.web;

import app.delight.metrics.Metrics;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /metrics}: Prometheus's text format. */
public final class MetricsServlet extends HttpServlet {
    private final transient Metrics metrics;

    public MetricsServlet(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.getWriter().write(metrics.scrape());
    }
}
