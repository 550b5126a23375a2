package app.delight.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.SlackApiException;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a click, or a modal opened from a message, through the message's {@code response_url}: the
 * message replaced, or a new one for the whole channel or for the one who clicked only.
 */
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

    /**
     * A new message in the channel the click came from, seen by everyone there; the original stays.
     *
     * @return whether Slack took it
     */
    static boolean toChannel(ActionContext ctx, Reply reply) {
        return respond(ctx, "in_channel", reply);
    }

    /** A new message for the one who clicked only, below the message clicked on, which stays as it is. */
    static void toClicker(ActionContext ctx, Reply reply) {
        respond(ctx, "ephemeral", reply);
    }

    private static boolean respond(ActionContext ctx, String responseType, Reply reply) {
        try {
            WebhookResponse answer = RateLimitRetry.responseUrl(() -> ctx.respond(r -> r.responseType(responseType)
                    .replaceOriginal(false).text(reply.text()).blocks(reply.blocks())));
            if (answer.getCode() == null || answer.getCode() != 200) {
                log.warn("Slack refused a {} message through a response URL: {} {}", responseType, answer.getCode(), answer.getBody());
                return false;
            }
            return true;
        } catch (IOException | SlackApiException e) {
            log.warn("Could not post a {} message through a response URL: {}", responseType, e.getMessage());
            return false;
        }
    }

    /** The same for a modal's submission, which has the response URL of the message it was opened from. */
    static void inPlace(Slack slack, String responseUrl, Reply reply) {
        ActionResponse redraw = ActionResponse.builder().replaceOriginal(true).text(reply.text()).blocks(reply.blocks()).build();
        post(slack, responseUrl, redraw);
    }

    static void toClicker(Slack slack, String responseUrl, Reply reply) {
        ActionResponse note = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(reply.text())
                .blocks(reply.blocks()).build();
        post(slack, responseUrl, note);
    }

    private static void post(Slack slack, String responseUrl, ActionResponse response) {
        try {
            RateLimitRetry.responseUrl(() -> slack.send(responseUrl, GsonFactory.createSnakeCase().toJson(response)));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not answer a modal through its response URL: {}", e.getMessage());
        }
    }
}
