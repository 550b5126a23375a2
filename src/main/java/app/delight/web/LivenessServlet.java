package app.delight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /healthz}: 200 while the database answers and the scheduler runs, 503 otherwise, with
 * the state of each and the last nudge pass in the body, so no failure is silent.
 */
public final class LivenessServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Liveness> liveness;

    public LivenessServlet(Supplier<Liveness> liveness) {
        this.liveness = liveness;
    }

    /** The scheduler's state: STARTING until the app can take Slack's requests, so no load balancer sends them early. */
    public enum SchedulerState { STARTING, RUNNING, STOPPED }

    public record LastPass(Instant finishedAt, int clients, int enqueued, int sent, int failed) {
    }

    public record Liveness(boolean databaseUp, SchedulerState scheduler, Optional<LastPass> lastPass) {
        public boolean ok() {
            return databaseUp && scheduler == SchedulerState.RUNNING;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Liveness now = liveness.get();
        ObjectNode body = JSON.createObjectNode();
        body.put("status", now.ok() ? "ok" : "unavailable");
        body.put("database", now.databaseUp() ? "up" : "down");
        body.put("scheduler", now.scheduler().name().toLowerCase(Locale.ROOT));
        now.lastPass().ifPresent(pass -> body.putObject("lastPass")
                .put("finishedAt", pass.finishedAt().toString())
                .put("clients", pass.clients())
                .put("enqueued", pass.enqueued())
                .put("sent", pass.sent())
                .put("failed", pass.failed()));
        response.setStatus(now.ok() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
