package app.delight.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import app.delight.clients.ClientDirectory;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.NpsAnswer;
import app.delight.domain.UserText;
import app.delight.engine.CommandText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card's buttons for what can be recorded about a client, one modal each, offering what the
 * text form {@code /delight <client> <verb>} does: a touchpoint, a follow-up, a struggle, an NPS
 * answer, free work, an incident. A submission is checked field by field, with problems shown
 * beside the field, before anything is written; then it is written the same way the text form
 * writes it, and the card the modal was opened from is redrawn with what was saved.
 */
public final class FormModals {
    private static final Logger log = LoggerFactory.getLogger(FormModals.class);
    static final String TEXT_BLOCK = "text";
    static final String DUE_BLOCK = "due";
    static final String SCORE_BLOCK = "score";
    static final String HOURS_BLOCK = "hours";
    static final String KIND_BLOCK = "kind";
    static final String DUE_WARNING_BLOCK = "due_warning";
    static final String VALUE = "value";
    /** Slack caps a plain text input at 3,000 characters, the same as our own limit. */
    private static final int MAX_INPUT = UserText.MAX_LENGTH;

    private final ClientDirectory directory;
    private final Today today;
    private final Messages messages;
    private final SubCommands subCommands;
    private final Executor afterAck;

    public FormModals(ClientDirectory directory, Today today, Messages messages, SubCommands subCommands, Executor afterAck) {
        this.directory = directory;
        this.today = today;
        this.messages = messages;
        this.subCommands = subCommands;
        this.afterAck = afterAck;
    }

    /** The fields a form may ask for; the text's label depends on the form. */
    enum Field { TEXT, OPTIONAL_TEXT, DUE, SCORE, HOURS, KIND }

    /** Which form: its button, its title, the label of its text and the fields it asks for, in order. */
    enum Form {
        LOG_TOUCHPOINT(ActionIds.LOG_TOUCHPOINT, ActionIds.LOG_TOUCHPOINT_VIEW, "modal.logTouchpoint.title", "modal.text.label",
                Field.TEXT),
        ADD_FOLLOW_UP(ActionIds.ADD_FOLLOW_UP, ActionIds.ADD_FOLLOW_UP_VIEW, "modal.addFollowUp.title", "modal.followUp.label",
                Field.TEXT, Field.DUE),
        NOTE_STRUGGLE(ActionIds.NOTE_STRUGGLE, ActionIds.NOTE_STRUGGLE_VIEW, "modal.struggle.title", "modal.struggle.label",
                Field.TEXT),
        RECORD_NPS(ActionIds.RECORD_NPS, ActionIds.RECORD_NPS_VIEW, "modal.nps.title", "modal.nps.comment.label",
                Field.SCORE, Field.OPTIONAL_TEXT),
        LOG_FREE_WORK(ActionIds.LOG_FREE_WORK, ActionIds.LOG_FREE_WORK_VIEW, "modal.free.title", "modal.free.label",
                Field.HOURS, Field.KIND, Field.TEXT),
        RECORD_INCIDENT(ActionIds.RECORD_INCIDENT, ActionIds.RECORD_INCIDENT_VIEW, "modal.incident.title", "modal.incident.label",
                Field.TEXT);

        final String opener;
        final String callbackId;
        final String title;
        final String textLabel;
        final List<Field> fields;

        Form(String opener, String callbackId, String title, String textLabel, Field... fields) {
            this.opener = opener;
            this.callbackId = callbackId;
            this.title = title;
            this.textLabel = textLabel;
            this.fields = List.of(fields);
        }
    }

    public Response open(Form form, BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<Client> client = directory.byButtonValue(payload.getTeam().getId(), payload.getActions().get(0).getValue());
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
        return modal(form, client, metadata, Map.of(), Optional.empty());
    }

    /**
     * The form, with what was entered in it when it is drawn again, and a warning under its date when
     * there is one. Slack keeps what was typed in an input whose block is the same; the initial values
     * say it for any client that does not.
     */
    private View modal(Form form, Client client, String metadata, Map<String, String> entered, Optional<String> dueWarning) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(messages.get("modal.client", Mrkdwn.escape(client.name()))))));
        for (Field field : form.fields) {
            blocks.add(input(field, form, entered));
            if (field == Field.DUE && dueWarning.isPresent()) {
                blocks.add(context(c -> c.blockId(DUE_WARNING_BLOCK)
                        .elements(List.of(markdownText(":warning: " + Mrkdwn.escape(dueWarning.get()))))));
            }
        }
        return view(v -> v.type("modal").callbackId(form.callbackId).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(messages.get(form.title))))
                .submit(viewSubmit(s -> s.type("plain_text").text(messages.get("modal.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(messages.get("modal.cancel"))))
                .blocks(blocks));
    }

    private LayoutBlock input(Field field, Form form, Map<String, String> entered) {
        return switch (field) {
            case TEXT, OPTIONAL_TEXT -> Blocks.input(i -> i.blockId(TEXT_BLOCK).optional(field == Field.OPTIONAL_TEXT)
                    .label(plainText(messages.get(form.textLabel)))
                    .element(plainTextInput(t -> t.actionId(VALUE).multiline(true).maxLength(MAX_INPUT)
                            .initialValue(entered.get(TEXT_BLOCK)))));
            case DUE -> Blocks.input(i -> i.blockId(DUE_BLOCK).optional(true).label(plainText(messages.get("modal.due.label")))
                    .hint(plainText(messages.get("modal.due.hint")))
                    .element(plainTextInput(t -> t.actionId(VALUE).maxLength(40).initialValue(entered.get(DUE_BLOCK)))));
            case SCORE -> Blocks.input(i -> i.blockId(SCORE_BLOCK).label(plainText(messages.get("modal.nps.score.label")))
                    .hint(plainText(messages.get("modal.nps.score.hint")))
                    .element(staticSelect(e -> e.actionId(VALUE).placeholder(plainText(messages.get("modal.nps.score.placeholder")))
                            .options(IntStream.rangeClosed(NpsAnswer.MIN, NpsAnswer.MAX).mapToObj(score -> option(o -> o
                                    .text(plainText(String.valueOf(score))).value(String.valueOf(score)))).toList()))));
            case HOURS -> Blocks.input(i -> i.blockId(HOURS_BLOCK).label(plainText(messages.get("modal.free.hours.label")))
                    .element(numberInput(n -> n.actionId(VALUE).decimalAllowed(true).minValue("0.01")
                            .maxValue(CommandText.MAX_FREE_HOURS.toPlainString()))));
            case KIND -> Blocks.input(i -> i.blockId(KIND_BLOCK).label(plainText(messages.get("modal.free.kind.label")))
                    .element(radioButtons(r -> r.actionId(VALUE).options(Arrays.stream(FreeWork.Kind.values())
                            .map(kind -> option(o -> o.text(plainText(messages.get("modal.free.kind." + kind.code()))).value(kind.code())))
                            .toList()))));
        };
    }

    public Response submit(Form form, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        String[] metadata = payload.getView().getPrivateMetadata().split("\\|", 3);
        Optional<Client> client = directory.byButtonValue(teamId, metadata[0]);
        if (client.isEmpty()) {
            return ctx.ackWithErrors(Map.of(TEXT_BLOCK, messages.get("action.gone")));
        }
        Entered entered = new Entered(payload.getView().getState().getValues());
        Map<String, String> errors = new LinkedHashMap<>();
        String text = entered.value(TEXT_BLOCK).strip();
        if (form.fields.contains(Field.TEXT) || !text.isEmpty()) {
            UserText.check(text).ifPresent(problem -> errors.put(TEXT_BLOCK, problem == UserText.Problem.EMPTY
                    ? messages.get("modal.text.required")
                    : messages.get("text." + problem.name(), String.format(Locale.ROOT, "%,d", text.length()),
                            String.format(Locale.ROOT, "%,d", MAX_INPUT))));
        }
        String due = form.fields.contains(Field.DUE) ? entered.value(DUE_BLOCK) : "";
        DueDate.Result dueDate = due.isBlank() ? null : DueDate.read(due, today.of(client.get()), messages.language());
        if (dueDate instanceof DueDate.Result.Invalid invalid) {
            errors.put(DUE_BLOCK, invalid.problem().in(messages));
        }
        Optional<Integer> score = entered.score();
        if (form.fields.contains(Field.SCORE) && score.isEmpty()) {
            errors.put(SCORE_BLOCK, messages.get("modal.nps.score.required"));
        }
        Optional<BigDecimal> hours = entered.hours();
        if (form.fields.contains(Field.HOURS) && hours.isEmpty()) {
            errors.put(HOURS_BLOCK, messages.get("modal.free.hours.invalid", CommandText.MAX_FREE_HOURS.toPlainString()));
        }
        Optional<FreeWork.Kind> kind = entered.kind();
        if (form.fields.contains(Field.KIND) && kind.isEmpty()) {
            errors.put(KIND_BLOCK, messages.get("modal.free.kind.required"));
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        Optional<DueDate.PastDate> past = dueDate instanceof DueDate.Result.Valid valid
                ? DueDate.past(valid.date(), today.of(client.get())) : Optional.empty();
        if (past.isPresent() && !(metadata.length == 3 && metadata[2].equals(past.get().due().toString()))) {
            // A date in the past is asked about once, under the field, and kept when the form is saved again
            // with it: the date warned about rides in the view's metadata.
            String warned = metadata[0] + "|" + (metadata.length > 1 ? metadata[1] : "") + "|" + past.get().due();
            View again = modal(form, client.get(), warned, Map.of(TEXT_BLOCK, text, DUE_BLOCK, due),
                    Optional.of(past.get().warning().in(messages) + " " + messages.get("modal.pastDate.again")));
            return ctx.ack(r -> r.responseAction("update").view(again));
        }
        SubCommands.Caller caller = new SubCommands.Caller(teamId, userId);
        String confirmation;
        try {
            confirmation = write(form, caller, client.get(), text, dueDate, score, hours, kind);
        } catch (JdbiException e) {
            log.warn("The database did not take a {} modal: {}", form, e.getMessage());
            return ctx.ackWithErrors(Map.of(TEXT_BLOCK, messages.get("unavailable")));
        }
        if (metadata.length >= 2 && !metadata[1].isEmpty()) {
            // The card may be a digest or a shared copy in a channel: it is redrawn as it is for everyone,
            // and what was recorded (an incident, a score, secret work) is told to the submitter alone.
            afterAck.execute(() -> {
                Redraw.toClicker(ctx.getSlack(), metadata[1], Reply.say(confirmation));
                try {
                    Redraw.inPlace(ctx.getSlack(), metadata[1], subCommands.card(caller, client.get()));
                } catch (JdbiException e) {
                    // Saved all the same, and the submitter was told so: the card stays as it was until next asked.
                    log.warn("Could not redraw the card after a {} modal: {}", form, e.getMessage());
                }
            });
        }
        return ctx.ack();
    }

    /** Writes the checked fields the way the text form does, and returns what to tell the submitter. */
    private String write(Form form, SubCommands.Caller caller, Client client, String text, DueDate.Result dueDate,
            Optional<Integer> score, Optional<BigDecimal> hours, Optional<FreeWork.Kind> kind) {
        return switch (form) {
            case LOG_TOUCHPOINT -> subCommands.logTouchpoint(caller, client, text);
            case ADD_FOLLOW_UP -> subCommands.addFollowUp(caller, client, text,
                    dueDate == null ? null : ((DueDate.Result.Valid) dueDate).date());
            case NOTE_STRUGGLE -> subCommands.noteStruggle(caller, client, text);
            case RECORD_NPS -> subCommands.recordNps(caller, client, score.orElseThrow(), text.isEmpty() ? null : text);
            case LOG_FREE_WORK -> subCommands.recordFreeWork(caller, client, hours.orElseThrow(), kind.orElseThrow(), text);
            case RECORD_INCIDENT -> subCommands.recordIncident(caller, client, text);
        };
    }

    /** What the modal's fields hold, each read the same way whatever the form. */
    private record Entered(Map<String, Map<String, ViewState.Value>> values) {
        private Optional<ViewState.Value> field(String block) {
            Map<String, ViewState.Value> fields = values == null ? null : values.get(block);
            return Optional.ofNullable(fields == null ? null : fields.get(VALUE));
        }

        String value(String block) {
            return field(block).map(ViewState.Value::getValue).orElse("");
        }

        private Optional<String> selected(String block) {
            return field(block).map(ViewState.Value::getSelectedOption).map(option -> option.getValue());
        }

        Optional<Integer> score() {
            return selected(SCORE_BLOCK).flatMap(value -> {
                try {
                    int score = Integer.parseInt(value);
                    return score >= NpsAnswer.MIN && score <= NpsAnswer.MAX ? Optional.of(score) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            });
        }

        /** Slack checks the number in the browser; a request is checked again here all the same. */
        Optional<BigDecimal> hours() {
            try {
                BigDecimal hours = new BigDecimal(value(HOURS_BLOCK).strip().replace(',', '.'));
                return CommandText.isValidHours(hours) ? Optional.of(hours) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        Optional<FreeWork.Kind> kind() {
            return selected(KIND_BLOCK).flatMap(value -> Arrays.stream(FreeWork.Kind.values())
                    .filter(kind -> kind.code().equals(value)).findFirst());
        }
    }
}
