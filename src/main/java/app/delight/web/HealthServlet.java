package app.delight.web;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /healthz}: 200 while the database answers, 503 otherwise, for load balancers and Docker. */
public final class HealthServlet extends HttpServlet {
    private final BooleanSupplier databaseReachable;

    public HealthServlet(BooleanSupplier databaseReachable) {
        this.databaseReachable = databaseReachable;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseReachable.getAsBoolean();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (up ? "ok" : "unavailable") + "\",\"database\":\""
                + (up ? "up" : "down") + "\"}");
    }
}
