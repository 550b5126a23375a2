package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.NpsAnswer;
import app.delight.domain.UserText;
import app.delight.engine.CommandText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The modals of the card's buttons for what can be recorded about a client, one each, offering what
 * the text form {@code /delight <client> <verb>} does: a touchpoint, a follow-up, a struggle, an NPS
 * answer, free work, an incident. A submission is read and checked field by field, each problem
 * reported beside its field, before anything is written.
 */
public final class RecordModal {
    public static final String TEXT_BLOCK = "text";
    public static final String DUE_BLOCK = "due";
    public static final String SCORE_BLOCK = "score";
    public static final String HOURS_BLOCK = "hours";
    public static final String KIND_BLOCK = "kind";
    public static final String DUE_WARNING_BLOCK = "due_warning";
    static final String VALUE = "value";
    /** Slack caps a plain text input at 3,000 characters, the same as our own limit. */
    private static final int MAX_INPUT = UserText.MAX_LENGTH;

    private final Messages messages;

    public RecordModal(Messages messages) {
        this.messages = messages;
    }

    /** The fields a form may ask for; the text's label depends on the form. */
    enum Field { TEXT, OPTIONAL_TEXT, DUE, SCORE, HOURS, KIND }

    /** Which form: its button, its title, the label of its text and the fields it asks for, in order. */
    public enum Form {
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

        /** The action id of the card's button that opens it. */
        public final String opener;
        /** The callback id its submission comes back with. */
        public final String callbackId;
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

    /**
     * Where a modal was opened from, kept in its private metadata: the client, the response URL of the
     * card it was opened on (empty for none), so the submission can redraw that card, and the past due
     * date the form was last warned about (empty for none).
     */
    public record Origin(String clientValue, String responseUrl, String warnedDue) {
        public Origin(String clientValue, String responseUrl) {
            this(clientValue, responseUrl, "");
        }

        String encode() {
            return clientValue + "|" + responseUrl + (warnedDue.isEmpty() ? "" : "|" + warnedDue);
        }

        public static Origin decode(String metadata) {
            String[] parts = (metadata == null ? "" : metadata).split("\\|", 3);
            return new Origin(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
        }

        /** Whether the form was already warned that {@code due} is past: saved again with it, it is kept. */
        public boolean wasWarnedOf(LocalDate due) {
            return warnedDue.equals(due.toString());
        }

        Origin warnedOf(LocalDate due) {
            return new Origin(clientValue, responseUrl, due.toString());
        }
    }

    /** What was entered, each field as the form asks for it (null when not asked), or what is wrong, by block. */
    public record Submission(String text, LocalDate due, Integer score, BigDecimal hours, FreeWork.Kind kind,
            Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** @param responseUrl the response URL of the card the button was clicked on, or null */
    public View modal(Form form, Client client, String responseUrl) {
        return modal(form, client, new Origin(String.valueOf(client.id()), responseUrl == null ? "" : responseUrl), Map.of(),
                Optional.empty());
    }

    /**
     * The form again, as it was entered, with a warning under its date: a date in the past is asked about
     * once, and kept when the form is saved again with it, since the date warned about rides in the
     * view's metadata.
     */
    public View pastDateWarned(Form form, Client client, Origin origin, Map<String, Map<String, ViewState.Value>> values,
            DueDate.PastDate past) {
        Entered entered = new Entered(values);
        return modal(form, client, origin.warnedOf(past.due()),
                Map.of(TEXT_BLOCK, entered.value(TEXT_BLOCK).strip(), DUE_BLOCK, entered.value(DUE_BLOCK)),
                Optional.of(past.warning().in(messages) + " " + messages.get("modal.pastDate.again")));
    }

    /**
     * The form, with what was entered in it when it is drawn again, and a warning under its date when
     * there is one. Slack keeps what was typed in an input whose block is the same; the initial values
     * say it for any client that does not.
     */
    private View modal(Form form, Client client, Origin origin, Map<String, String> entered, Optional<String> dueWarning) {
        String metadata = origin.encode();
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

    /**
     * Reads a submission of {@code form} and checks it field by field.
     *
     * @param clientToday the client's day, which due-date words ("friday", "in 3 days") count from
     */
    public Submission read(Form form, Map<String, Map<String, ViewState.Value>> values, LocalDate clientToday) {
        Entered entered = new Entered(values);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = entered.value(TEXT_BLOCK).strip();
        if (form.fields.contains(Field.TEXT) || !text.isEmpty()) {
            UserText.check(text).ifPresent(problem -> errors.put(TEXT_BLOCK, problem == UserText.Problem.EMPTY
                    ? messages.get("modal.text.required")
                    : messages.get("text." + problem.name(), String.format(Locale.ROOT, "%,d", text.length()),
                            String.format(Locale.ROOT, "%,d", MAX_INPUT))));
        }
        String due = form.fields.contains(Field.DUE) ? entered.value(DUE_BLOCK) : "";
        DueDate.Result dueDate = due.isBlank() ? null : DueDate.read(due, clientToday, messages.language());
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
        LocalDate dueOn = dueDate instanceof DueDate.Result.Valid valid ? valid.date() : null;
        return new Submission(text, dueOn, score.orElse(null), hours.orElse(null), kind.orElse(null), Collections.unmodifiableMap(errors));
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
