package app.delight.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import app.delight.clients.ClientDirectory;
import app.delight.clients.ClientJournal;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.UserText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card's "Log touchpoint" and "Add follow-up" buttons: each opens a modal, and its submission
 * is checked field by field, with problems shown beside the field, before anything is written.
 */
public final class FormModals {
    private static final Logger log = LoggerFactory.getLogger(FormModals.class);
    static final String TEXT_BLOCK = "text";
    static final String DUE_BLOCK = "due";
    static final String VALUE = "value";
    /** Slack caps a plain text input at 3,000 characters, the same as our own limit. */
    private static final int MAX_INPUT = UserText.MAX_LENGTH;

    private final ClientDirectory directory;
    private final ClientJournal journal;
    private final Today today;
    private final Messages messages;
    private final SubCommands subCommands;
    private final Executor afterAck;

    public FormModals(ClientDirectory directory, ClientJournal journal, Today today, Messages messages,
            SubCommands subCommands, Executor afterAck) {
        this.directory = directory;
        this.journal = journal;
        this.today = today;
        this.messages = messages;
        this.subCommands = subCommands;
        this.afterAck = afterAck;
    }

    /** Which form: they differ in title, label and whether a due date is asked for. */
    enum Form {
        LOG_TOUCHPOINT(ActionIds.LOG_TOUCHPOINT, ActionIds.LOG_TOUCHPOINT_VIEW, "modal.logTouchpoint.title",
                "modal.text.label", false),
        ADD_FOLLOW_UP(ActionIds.ADD_FOLLOW_UP, ActionIds.ADD_FOLLOW_UP_VIEW, "modal.addFollowUp.title",
                "modal.followUp.label", true);

        final String opener;
        final String callbackId;
        final String title;
        final String label;
        final boolean asksForDue;

        Form(String opener, String callbackId, String title, String label, boolean asksForDue) {
            this.opener = opener;
            this.callbackId = callbackId;
            this.title = title;
            this.label = label;
            this.asksForDue = asksForDue;
        }
    }

    public Response open(Form form, BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<Client> client = clientOf(payload.getTeam().getId(), payload.getActions().get(0).getValue());
        if (client.isPresent()) {
            // The trigger id lives 3 seconds, so the modal opens before the acknowledgement, not after.
            String metadata = client.get().id() + "|" + (payload.getResponseUrl() == null ? "" : payload.getResponseUrl());
            try {
                RateLimitRetry.methodWithin(RateLimitRetry.WHILE_THE_TRIGGER_LIVES, () -> ctx.client().viewsOpen(r -> r
                        .triggerId(payload.getTriggerId())
                        .view(modal(form, client.get(), metadata))));
            } catch (IOException | SlackApiException e) {
                log.warn("Could not open the {} modal: {}", form, e.getMessage());
            }
        }
        return ctx.ack();
    }

    private View modal(Form form, Client client, String metadata) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(messages.get("modal.client", Mrkdwn.escape(client.name()))))));
        blocks.add(input(i -> i.blockId(TEXT_BLOCK).label(plainText(messages.get(form.label)))
                .element(plainTextInput(t -> t.actionId(VALUE).multiline(true).maxLength(MAX_INPUT)))));
        if (form.asksForDue) {
            blocks.add(input(i -> i.blockId(DUE_BLOCK).optional(true).label(plainText(messages.get("modal.due.label")))
                    .hint(plainText(messages.get("modal.due.hint")))
                    .element(plainTextInput(t -> t.actionId(VALUE).maxLength(40)))));
        }
        return view(v -> v.type("modal").callbackId(form.callbackId).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(messages.get(form.title))))
                .submit(viewSubmit(s -> s.type("plain_text").text(messages.get("modal.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(messages.get("modal.cancel"))))
                .blocks(blocks));
    }

    public Response submit(Form form, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        String[] metadata = payload.getView().getPrivateMetadata().split("\\|", 2);
        Optional<Client> client = clientOf(teamId, metadata[0]);
        if (client.isEmpty()) {
            return ctx.ackWithErrors(Map.of(TEXT_BLOCK, messages.get("action.gone")));
        }
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        String text = valueOf(values, TEXT_BLOCK);
        Map<String, String> errors = new LinkedHashMap<>();
        UserText.check(text).ifPresent(problem -> errors.put(TEXT_BLOCK, problem == UserText.Problem.EMPTY
                ? messages.get("modal.text.required")
                : messages.get("text." + problem.name(), String.format(Locale.ROOT, "%,d", text.length()),
                        String.format(Locale.ROOT, "%,d", MAX_INPUT))));
        String due = form.asksForDue ? valueOf(values, DUE_BLOCK) : "";
        DueDate.Result dueDate = due.isBlank() ? null : DueDate.parseOrExplain(due, today.of(client.get()));
        if (dueDate instanceof DueDate.Result.Invalid invalid) {
            errors.put(DUE_BLOCK, invalid.problem().in(messages));
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        if (form == Form.LOG_TOUCHPOINT) {
            journal.logTouchpoint(teamId, client.get().id(), userId, text.strip());
        } else {
            journal.addFollowUp(teamId, client.get().id(), userId, text.strip(),
                    dueDate == null ? null : ((DueDate.Result.Valid) dueDate).date());
        }
        if (metadata.length == 2 && !metadata[1].isEmpty()) {
            afterAck.execute(() -> redrawCard(ctx, metadata[1], new SubCommands.Caller(teamId, userId), client.get()));
        }
        return ctx.ack();
    }

    /** The card the modal was opened from, redrawn with what was just saved. */
    private void redrawCard(ViewSubmissionContext ctx, String responseUrl, SubCommands.Caller caller, Client client) {
        Reply reply = subCommands.card(caller, client);
        ActionResponse redraw = ActionResponse.builder().replaceOriginal(true).text(reply.text()).blocks(reply.blocks()).build();
        try {
            ctx.getSlack().send(responseUrl, GsonFactory.createSnakeCase().toJson(redraw));
        } catch (IOException e) {
            log.warn("Could not redraw the card after a modal: {}", e.getMessage());
        }
    }

    private static String valueOf(Map<String, Map<String, ViewState.Value>> values, String block) {
        Map<String, ViewState.Value> fields = values == null ? null : values.get(block);
        ViewState.Value value = fields == null ? null : fields.get(VALUE);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }

    private Optional<Client> clientOf(String teamId, String id) {
        try {
            return directory.byId(teamId, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
