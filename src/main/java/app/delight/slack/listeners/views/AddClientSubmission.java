package app.delight.slack.listeners.views;

import app.delight.blocks.ActionIds;
import app.delight.blocks.AddClientModal;
import app.delight.clients.NewClients;
import app.delight.domain.Client;
import app.delight.slack.Collaborators;
import app.delight.store.StoreException;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Home tab's "Add client" modal, saved: checked as a row of the clients CSV would be, each
 * problem beside its field, then added to the workspace the request came from (a name it already
 * has is refused), and the user's tab published again with the new client.
 */
public final class AddClientSubmission {
    private static final Logger log = LoggerFactory.getLogger(AddClientSubmission.class);

    private final Collaborators with;
    private final AddClientModal addClient;

    public AddClientSubmission(Collaborators with) {
        this.with = with;
        this.addClient = new AddClientModal(with.messages());
    }

    public void register(App app) {
        app.viewSubmission(ActionIds.ADD_CLIENT_VIEW, this::submit);
    }

    private Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        AddClientModal.Form form = addClient.read(payload.getView().getState() == null ? null
                : payload.getView().getState().getValues(), userId);
        if (!form.valid()) {
            return ctx.ackWithErrors(form.errors());
        }
        NewClients.Outcome outcome;
        try {
            outcome = with.newClients().add(teamId, form.client());
        } catch (StoreException e) {
            if (e.unreachable()) {
                log.warn("The database did not answer for Add client: {}", e.getMessage());
            } else {
                log.error("Adding a client failed", e);
            }
            return ctx.ackWithErrors(Map.of(AddClientModal.NAME_BLOCK, with.messages().get("addClient.error.unavailable")));
        }
        if (outcome instanceof NewClients.Outcome.NameTaken taken) {
            return ctx.ackWithErrors(Map.of(AddClientModal.NAME_BLOCK,
                    with.messages().get("addClient.error.nameTaken", taken.existing().name())));
        }
        Client added = ((NewClients.Outcome.Added) outcome).client();
        log.info("Client {} added to workspace {} by {}", added.id(), teamId, userId);
        MethodsClient client = ctx.client();
        with.afterAck().execute(() -> with.homeTab().publish(client, teamId, userId));
        return ctx.ack();
    }
}
