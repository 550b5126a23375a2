package app.delight.slack.listeners.actions;

import app.delight.blocks.RecordModal;
import app.delight.domain.Client;
import app.delight.slack.Collaborators;
import app.delight.slack.RateLimitRetry;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card's buttons for what can be recorded about a client (Log touchpoint, Add follow-up, …):
 * each opens its modal, which remembers the card it was opened on so the submission can redraw it.
 */
public final class RecordButtons {
    private static final Logger log = LoggerFactory.getLogger(RecordButtons.class);

    private final Collaborators with;
    private final RecordModal modal;

    public RecordButtons(Collaborators with) {
        this.with = with;
        this.modal = new RecordModal(with.messages());
    }

    public void register(App app) {
        for (RecordModal.Form form : RecordModal.Form.values()) {
            app.blockAction(form.opener, (request, ctx) -> open(form, request, ctx));
        }
    }

    private Response open(RecordModal.Form form, BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<Client> client = with.directory().byButtonValue(payload.getTeam().getId(), payload.getActions().get(0).getValue());
        if (client.isPresent()) {
            // The trigger id lives 3 seconds, so the modal opens before the acknowledgement, not after.
            try {
                RateLimitRetry.methodWithin(RateLimitRetry.WHILE_THE_TRIGGER_LIVES, () -> ctx.client().viewsOpen(r -> r
                        .triggerId(payload.getTriggerId())
                        .view(modal.modal(form, client.get(), payload.getResponseUrl()))));
            } catch (IOException | SlackApiException e) {
                log.warn("Could not open the {} modal: {}", form, e.getMessage());
            }
        }
        return ctx.ack();
    }
}
