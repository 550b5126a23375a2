package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.AddClientModal;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.slack.Collaborators;
import app.delight.slack.RateLimitRetry;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Home tab's buttons: a client's "Card", and "Add client", which opens its modal. */
public final class HomeButtons {
    private static final Logger log = LoggerFactory.getLogger(HomeButtons.class);

    private final Collaborators with;
    private final AddClientModal addClient;

    public HomeButtons(Collaborators with) {
        this.with = with;
        this.addClient = new AddClientModal(with.messages());
    }

    public void register(App app) {
        app.blockAction(ActionIds.HOME_SHOW_CARD, this::showCard);
        app.blockAction(ActionIds.HOME_ADD_CLIENT, this::openAddClient);
    }

    /**
     * A Home tab has no response_url, so the card goes to the user as a direct message from the app
     * (chat.postMessage to the user id lands in the app's Messages tab) rather than into a modal: a
     * message keeps the card's own buttons working, since Done, Snooze and the others redraw the
     * card through the response_url Slack gives every click on a message, and the card stays there
     * to come back to, where a modal would be gone once closed.
     */
    private Response showCard(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Caller caller = new Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        MethodsClient client = ctx.client();
        with.afterAck().execute(() -> {
            Reply reply = with.unavailable().whenDatabaseFails(() -> with.directory().byButtonValue(caller.teamId(), value)
                    .map(found -> with.subCommands().card(caller, found))
                    .orElseGet(() -> Reply.say(with.messages().get("action.gone"))));
            try {
                ChatPostMessageResponse posted = RateLimitRetry.method(() -> client.chatPostMessage(r -> r.channel(caller.userId())
                        .text(reply.text()).blocks(reply.blocks())));
                if (!posted.isOk()) {
                    log.warn("Slack refused a card sent from the Home tab: {}", posted.getError());
                }
            } catch (IOException | SlackApiException e) {
                log.warn("Could not send a card from the Home tab: {}", e.getMessage());
            }
        });
        return ctx.ack();
    }

    private Response openAddClient(BlockActionRequest request, ActionContext ctx) {
        // The trigger id lives 3 seconds, so the modal opens before the acknowledgement, not after.
        try {
            ViewsOpenResponse opened = RateLimitRetry.methodWithin(RateLimitRetry.WHILE_THE_TRIGGER_LIVES,
                    () -> ctx.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId()).view(addClient.modal())));
            if (!opened.isOk()) {
                log.warn("Slack refused the Add client modal: {}", opened.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not open the Add client modal: {}", e.getMessage());
        }
        return ctx.ack();
    }
}
