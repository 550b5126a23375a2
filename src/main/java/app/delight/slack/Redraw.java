package app.delight.slack;

import app.delight.blocks.Reply;
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
public final class Redraw {
    private static final Logger log = LoggerFactory.getLogger(Redraw.class);

    private Redraw() {
    }

    public static void inPlace(ActionContext ctx, Reply reply) {
        inPlace(ctx.getSlack(), ctx.getResponseUrl(), reply);
    }

    /**
     * A new message in the channel the click came from, seen by everyone there; the original stays.
     *
     * @return whether Slack took it
     */
    public static boolean toChannel(ActionContext ctx, Reply reply) {
        return post(ctx.getSlack(), ctx.getResponseUrl(), added("in_channel", reply));
    }

    /** A new message for the one who clicked only, below the message clicked on, which stays as it is. */
    public static void toClicker(ActionContext ctx, Reply reply) {
        toClicker(ctx.getSlack(), ctx.getResponseUrl(), reply);
    }

    /** The same for a modal's submission, which has the response URL of the message it was opened from. */
    public static void inPlace(Slack slack, String responseUrl, Reply reply) {
        post(slack, responseUrl, ActionResponse.builder().replaceOriginal(true).text(reply.text()).blocks(reply.blocks()).build());
    }

    public static void toClicker(Slack slack, String responseUrl, Reply reply) {
        post(slack, responseUrl, added("ephemeral", reply));
    }

    private static ActionResponse added(String responseType, Reply reply) {
        return ActionResponse.builder().responseType(responseType).replaceOriginal(false).text(reply.text()).blocks(reply.blocks())
                .build();
    }

    /** @return whether Slack took it */
    private static boolean post(Slack slack, String responseUrl, ActionResponse response) {
        try {
            WebhookResponse answer = RateLimitRetry.responseUrl(() -> slack.send(responseUrl,
                    GsonFactory.createSnakeCase(slack.getConfig()).toJson(response)));
            if (answer.getCode() == null || answer.getCode() != 200) {
                log.warn("Slack refused a message through a response URL: {} {}", answer.getCode(), answer.getBody());
                return false;
            }
            return true;
        } catch (IOException | SlackApiException e) {
            log.warn("Could not post a message through a response URL: {}", e.getMessage());
            return false;
        }
    }
}
