package app.delight.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replaces the message a button was clicked on, through its {@code response_url}. */
final class Redraw {
    private static final Logger log = LoggerFactory.getLogger(Redraw.class);

    private Redraw() {
    }

    static void inPlace(ActionContext ctx, Reply reply) {
        try {
            RateLimitRetry.responseUrl(() -> ctx.respond(r -> r.replaceOriginal(true).text(reply.text()).blocks(reply.blocks())));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not redraw the message after a click: {}", e.getMessage());
        }
    }
}
