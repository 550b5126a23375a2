package app.delight.slack.listeners.views;

import app.delight.blocks.Confirmations;
import app.delight.blocks.RecordModal;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.clients.ClientJournal;
import app.delight.domain.Client;
import app.delight.engine.DueDate;
import app.delight.slack.Collaborators;
import app.delight.slack.Redraw;
import app.delight.store.StoreException;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record modal's Save: checked field by field, with problems shown beside the field, before
 * anything is written; a due date in the past is warned about under its field first, and kept when
 * the form is saved again with it; then written the way the text form writes it, and the card the
 * modal was opened from redrawn with what was saved.
 */
public final class RecordSubmissions {
    private static final Logger log = LoggerFactory.getLogger(RecordSubmissions.class);

    private final Collaborators with;
    private final RecordModal modal;
    private final Confirmations confirmations;

    public RecordSubmissions(Collaborators with) {
        this.with = with;
        this.modal = new RecordModal(with.messages());
        this.confirmations = new Confirmations(with.messages());
    }

    public void register(App app) {
        for (RecordModal.Form form : RecordModal.Form.values()) {
            app.viewSubmission(form.callbackId, (request, ctx) -> submit(form, request, ctx));
        }
    }

    private Response submit(RecordModal.Form form, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Caller caller = new Caller(payload.getTeam().getId(), payload.getUser().getId());
        RecordModal.Origin origin = RecordModal.Origin.decode(payload.getView().getPrivateMetadata());
        Optional<Client> client = with.directory().byButtonValue(caller.teamId(), origin.clientValue());
        if (client.isEmpty()) {
            return ctx.ackWithErrors(Map.of(RecordModal.TEXT_BLOCK, with.messages().get("action.gone")));
        }
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        LocalDate clientToday = with.today().of(client.get());
        RecordModal.Submission entered = modal.read(form, values, clientToday);
        if (!entered.valid()) {
            return ctx.ackWithErrors(entered.errors());
        }
        Optional<DueDate.PastDate> past = Optional.ofNullable(entered.due()).flatMap(due -> DueDate.past(due, clientToday));
        if (past.isPresent() && !origin.wasWarnedOf(past.get().due())) {
            View warned = modal.pastDateWarned(form, client.get(), origin, values, past.get());
            return ctx.ack(r -> r.responseAction("update").view(warned));
        }
        String confirmation;
        try {
            confirmation = write(form, caller, client.get(), entered);
        } catch (StoreException e) {
            log.warn("The database did not take a {} modal: {}", form, e.getMessage());
            return ctx.ackWithErrors(Map.of(RecordModal.TEXT_BLOCK, with.messages().get("unavailable")));
        }
        if (!origin.responseUrl().isEmpty()) {
            // The card may be a digest or a shared copy in a channel: it is redrawn as it is for everyone,
            // and what was recorded (an incident, a score, secret work) is told to the submitter alone.
            with.afterAck().execute(() -> {
                Redraw.toClicker(ctx.getSlack(), origin.responseUrl(), Reply.say(confirmation));
                try {
                    Redraw.inPlace(ctx.getSlack(), origin.responseUrl(), with.subCommands().card(caller, client.get()));
                } catch (StoreException e) {
                    // Saved all the same, and the submitter was told so: the card stays as it was until next asked.
                    log.warn("Could not redraw the card after a {} modal: {}", form, e.getMessage());
                }
            });
        }
        return ctx.ack();
    }

    /** Writes the checked fields the way the text form does, and returns what to tell the submitter. */
    private String write(RecordModal.Form form, Caller caller, Client client, RecordModal.Submission entered) {
        ClientJournal journal = with.journal();
        String text = entered.text();
        return switch (form) {
            case LOG_TOUCHPOINT -> confirmations.touchpoint(client, journal.logTouchpoint(caller, client, text));
            case ADD_FOLLOW_UP -> confirmations.followUp(client, journal.addFollowUp(caller, client, text, entered.due()));
            case NOTE_STRUGGLE -> confirmations.struggle(client, journal.noteStruggle(caller, client, text));
            case RECORD_NPS -> confirmations.nps(client, journal.recordNps(caller, client, entered.score(), text.isEmpty() ? null : text));
            case LOG_FREE_WORK -> confirmations.freeWork(client, journal.recordFreeWork(caller, client, entered.hours(), entered.kind(), text));
            case RECORD_INCIDENT -> confirmations.incident(client, journal.recordIncident(caller, client, text));
        };
    }
}
