package app.delight.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a click through its {@code response_url}: the message clicked on replaced, or a new one for the whole channel. */
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

    /** A new message in the channel the click came from, seen by everyone there; the original stays. */
    static void toChannel(ActionContext ctx, Reply reply) {
        try {
            RateLimitRetry.responseUrl(() -> ctx.respond(r -> r.responseType("in_channel").replaceOriginal(false)
                    .text(reply.text()).blocks(reply.blocks())));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not share a message in its channel: {}", e.getMessage());
        }
    }
}
