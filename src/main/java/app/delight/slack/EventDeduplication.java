package app.delight.slack;

import app.delight.store.ProcessedEventRepository;
import app.delight.store.Store;
import app.delight.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Events API event once: Slack delivers an event again when it thinks the first
 * delivery failed (with {@code X-Slack-Retry-Num} over HTTP, {@code retry_attempt} over Socket
 * Mode), and a delivery of an event already seen is acknowledged and dropped. A Bolt middleware, so
 * both ways of receiving events pass through it.
 */
public final class EventDeduplication implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(EventDeduplication.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    public EventDeduplication(Store store) {
        this.store = store;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (request.getRequestType() == RequestType.Event) {
            JsonNode event = parsed(request.getRequestBodyAsString());
            String eventId = event.path("event_id").asText("");
            if ("event_callback".equals(event.path("type").asText()) && !eventId.isEmpty()
                    && isRepeat(event.path("team_id").asText(""), eventId)) {
                log.info("Dropped a repeated delivery of event {} (retry {})", eventId,
                        request.getHeaders().getFirstValue("X-Slack-Retry-Num"));
                return Response.ok();
            }
        }
        return chain.next(request);
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * Marks the event seen before it is handled, so a retry arriving while the first delivery is
     * still being handled is dropped too; a first delivery whose handler then fails is not tried
     * again, which suits the one event handled (the Home tab, published after the acknowledgement).
     */
    private boolean isRepeat(String teamId, String eventId) {
        try {
            return !store.withConnection(repositories -> {
                ProcessedEventRepository events = repositories.processedEvents();
                // Events are few (a Home tab opened); forgetting old ones as new ones come keeps the table small.
                events.forgetOlderThanADay();
                return events.firstTime(teamId, eventId);
            });
        } catch (StoreException e) {
            // Better to handle an event twice than to drop it while the database is away.
            return false;
        }
    }
}
