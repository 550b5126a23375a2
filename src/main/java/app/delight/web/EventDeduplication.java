package app.delight.web;

import app.delight.store.ProcessedEventRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Events API event once: Slack retries a delivery it thinks failed (with
 * {@code X-Slack-Retry-Num}), and a retry of an event already seen is acknowledged and dropped.
 * Runs after the signature check, on the verified body.
 */
public final class EventDeduplication extends StatelessFilter {
    private static final Logger log = LoggerFactory.getLogger(EventDeduplication.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    public EventDeduplication(Jdbi jdbi) {
        this.jdbi = jdbi;
    }


    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("application/json") && isRepeat(request)) {
            log.info("Dropped a repeated delivery of an event (X-Slack-Retry-Num {})",
                    ((HttpServletRequest) request).getHeader("X-Slack-Retry-Num"));
            ((HttpServletResponse) response).setStatus(HttpServletResponse.SC_OK);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isRepeat(ServletRequest request) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (IOException e) {
            return false;
        }
        String eventId = body.path("event_id").asText("");
        String teamId = body.path("team_id").asText("");
        if (!"event_callback".equals(body.path("type").asText()) || eventId.isEmpty()) {
            return false;
        }
        try {
            return !jdbi.withHandle(handle -> {
                ProcessedEventRepository events = new ProcessedEventRepository(handle);
                // Events are few (a Home tab opened); forgetting old ones as new ones come keeps the table small.
                events.forgetOlderThanADay();
                return events.firstTime(teamId, eventId);
            });
        } catch (JdbiException e) {
            // Better to handle an event twice than to drop it while the database is away.
            return false;
        }
    }
}
