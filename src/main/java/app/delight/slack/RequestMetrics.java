package app.delight.slack;

import app.delight.engine.CommandText;
import app.delight.metrics.Metrics;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Times every request from Slack until it is acknowledged, by kind and name, and puts the request's
 * Slack id (trigger id or event id) in the logging context so every line it logs can be traced.
 */
public final class RequestMetrics implements Middleware {
    static final String LOG_KEY = "slack";
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    private final Metrics metrics;
    private final Locale language;

    /** {@code language}: the team's, in which sub-commands are read too. */
    public RequestMetrics(Metrics metrics, Locale language) {
        this.metrics = metrics;
        this.language = language;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        long started = System.nanoTime();
        MDC.put(LOG_KEY, slackId(request));
        try {
            return chain.next(request);
        } finally {
            metrics.request(request.getRequestType().name().toLowerCase(Locale.ROOT), name(request),
                    Duration.ofNanos(System.nanoTime() - started));
            MDC.remove(LOG_KEY);
        }
    }

    private String name(Request request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getCommand() + " " + verb(command.getPayload().getText());
        }
        if (request instanceof BlockActionRequest action) {
            return action.getPayload().getActions().get(0).getActionId().replaceAll("_\\d+$", "");
        }
        if (request instanceof ViewSubmissionRequest view) {
            return view.getPayload().getView().getCallbackId();
        }
        if (request instanceof EventRequest event) {
            return event.getEventType();
        }
        return "other";
    }

    /** The sub-command, never the client or the text: metrics must not hold what users typed. */
    private String verb(String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        for (String word : words) {
            String verb = CommandText.verb(word, language);
            if (!verb.isEmpty()) {
                return verb;
            }
        }
        return words.length == 0 || words[0].isEmpty() ? "list" : "card";
    }

    private static String slackId(Request request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getTriggerId();
        }
        if (request instanceof BlockActionRequest action) {
            return action.getPayload().getTriggerId();
        }
        if (request instanceof ViewSubmissionRequest view) {
            return view.getPayload().getTriggerId();
        }
        if (request instanceof EventRequest event) {
            Matcher id = EVENT_ID.matcher(event.getRequestBodyAsString());
            return id.find() ? id.group(1) : "-";
        }
        return "-";
    }
}
