package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The "Add client" modal of the Home tab, and the reading of its submission: the same rules as a
 * row of the clients CSV, each problem reported beside its field. The submitting user becomes the
 * owner; the client's time zone is the team's until an import sets one.
 */
public final class AddClientModal {
    public static final String NAME_BLOCK = "name";
    static final String ALIASES_BLOCK = "aliases";
    static final String STAGE_BLOCK = "stage";
    static final String INDUSTRY_BLOCK = "industry";
    static final String CHANNEL_BLOCK = "channel";
    static final String START_BLOCK = "start_date";
    static final String RENEWAL_BLOCK = "renewal_date";
    static final String REVENUE_BLOCK = "monthly_revenue";
    /** Every input's action id, as in the card's modals: the block id says which field it is. */
    static final String VALUE = "value";

    // The rules of the clients CSV (ClientCsv), so a client added here could have been imported.
    static final int MAX_NAME = 200;
    private static final int MAX_ALIAS = 100;
    private static final int MAX_ALIASES_INPUT = 2000;
    private static final int MAX_INDUSTRY = 60;
    private static final Pattern MONEY = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern INDUSTRY = Pattern.compile("[a-z0-9][a-z0-9 &/-]{0,59}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Messages messages;

    public AddClientModal(Messages messages) {
        this.messages = messages;
    }

    public View modal() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(NAME_BLOCK).label(plainText(messages.get("addClient.name.label")))
                .element(plainTextInput(t -> t.actionId(VALUE).maxLength(MAX_NAME)))));
        blocks.add(input(i -> i.blockId(ALIASES_BLOCK).optional(true).label(plainText(messages.get("addClient.aliases.label")))
                .hint(plainText(messages.get("addClient.aliases.hint")))
                .element(plainTextInput(t -> t.actionId(VALUE).maxLength(MAX_ALIASES_INPUT)))));
        List<OptionObject> stages = Arrays.stream(Stage.values()).map(this::option).toList();
        blocks.add(input(i -> i.blockId(STAGE_BLOCK).label(plainText(messages.get("addClient.stage.label")))
                .element(staticSelect(s -> s.actionId(VALUE).options(stages).initialOption(option(Stage.ACTIVE))))));
        blocks.add(input(i -> i.blockId(INDUSTRY_BLOCK).optional(true).label(plainText(messages.get("addClient.industry.label")))
                .hint(plainText(messages.get("addClient.industry.hint")))
                .element(plainTextInput(t -> t.actionId(VALUE).maxLength(MAX_INDUSTRY)))));
        // A conversations select rather than a channels select: a client channel is often private.
        blocks.add(input(i -> i.blockId(CHANNEL_BLOCK).optional(true).label(plainText(messages.get("addClient.channel.label")))
                .hint(plainText(messages.get("addClient.channel.hint")))
                .element(conversationsSelect(c -> c.actionId(VALUE)
                        .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true).build())))));
        blocks.add(input(i -> i.blockId(START_BLOCK).optional(true).label(plainText(messages.get("addClient.start.label")))
                .element(datePicker(d -> d.actionId(VALUE)))));
        blocks.add(input(i -> i.blockId(RENEWAL_BLOCK).optional(true).label(plainText(messages.get("addClient.renewal.label")))
                .element(datePicker(d -> d.actionId(VALUE)))));
        blocks.add(input(i -> i.blockId(REVENUE_BLOCK).optional(true).label(plainText(messages.get("addClient.revenue.label")))
                .hint(plainText(messages.get("addClient.revenue.hint")))
                .element(plainTextInput(t -> t.actionId(VALUE).maxLength(13)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("addClient.owner"))))));
        return view(v -> v.type("modal").callbackId(ActionIds.ADD_CLIENT_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(messages.get("addClient.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(messages.get("addClient.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(messages.get("addClient.cancel"))))
                .blocks(blocks));
    }

    private OptionObject option(Stage stage) {
        return OptionObject.builder().text(plainText(messages.get("card.stage." + stage.code()))).value(stage.code()).build();
    }

    /** The submission read: the client to add, or the problems by block id (then {@code client} is null). */
    public record Form(Client client, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Reads and checks a submission; everything but the uniqueness of the name, which needs the database. */
    public Form read(Map<String, Map<String, ViewState.Value>> values, String ownerId) {
        Map<String, String> errors = new LinkedHashMap<>();

        String name = text(values, NAME_BLOCK).strip();
        if (name.isEmpty()) {
            errors.put(NAME_BLOCK, messages.get("addClient.error.nameRequired"));
        } else if (name.length() > MAX_NAME) {
            errors.put(NAME_BLOCK, messages.get("addClient.error.nameTooLong", name.length(), MAX_NAME));
        } else if (hasControlCharacters(name)) {
            errors.put(NAME_BLOCK, messages.get("addClient.error.controlCharacters"));
        }

        List<String> aliases = Arrays.stream(text(values, ALIASES_BLOCK).split(";")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).distinct().toList();
        aliases.stream().filter(alias -> alias.length() > MAX_ALIAS).findFirst().ifPresent(alias -> errors.put(ALIASES_BLOCK,
                messages.get("addClient.error.aliasTooLong", MAX_ALIAS, CardMessage.truncate(alias, 40))));
        if (!errors.containsKey(ALIASES_BLOCK) && aliases.stream().anyMatch(AddClientModal::hasControlCharacters)) {
            errors.put(ALIASES_BLOCK, messages.get("addClient.error.controlCharacters"));
        }

        ViewState.Value stageValue = value(values, STAGE_BLOCK);
        Stage stage = stageValue == null || stageValue.getSelectedOption() == null ? Stage.ACTIVE
                : Stage.fromCode(stageValue.getSelectedOption().getValue()).orElse(Stage.ACTIVE);

        String industry = text(values, INDUSTRY_BLOCK).strip().toLowerCase(Locale.ROOT);
        if (!industry.isEmpty() && !INDUSTRY.matcher(industry).matches()) {
            errors.put(INDUSTRY_BLOCK, messages.get("addClient.error.industry"));
        }

        ViewState.Value channelValue = value(values, CHANNEL_BLOCK);
        String channel = channelValue == null ? null
                : channelValue.getSelectedConversation() != null ? channelValue.getSelectedConversation()
                : channelValue.getSelectedChannel();

        LocalDate start = date(values, START_BLOCK);
        LocalDate renewal = date(values, RENEWAL_BLOCK);
        if (start != null && renewal != null && renewal.isBefore(start)) {
            errors.put(RENEWAL_BLOCK, messages.get("addClient.error.renewalBeforeStart", start));
        }

        String revenueText = text(values, REVENUE_BLOCK).strip();
        BigDecimal revenue = BigDecimal.ZERO;
        if (!revenueText.isEmpty()) {
            if (MONEY.matcher(revenueText).matches()) {
                revenue = new BigDecimal(revenueText);
            } else {
                errors.put(REVENUE_BLOCK, messages.get("addClient.error.revenue"));
            }
        }

        if (!errors.isEmpty()) {
            return new Form(null, errors);
        }
        Client client = new Client(Client.NEW, name, aliases, channel == null || channel.isBlank() ? null : channel,
                List.of(ownerId), industry.isEmpty() ? Client.DEFAULT_INDUSTRY : industry, stage, start, renewal, revenue, null);
        return new Form(client, Map.of());
    }

    /** A name or alias is one line: unlike a touchpoint's text, not even a line break belongs in it. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block) {
        Map<String, ViewState.Value> fields = values == null ? null : values.get(block);
        return fields == null ? null : fields.get(VALUE);
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value value = value(values, block);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }

    /** A datepicker's day; Slack only sends YYYY-MM-DD, so anything else reads as no date. */
    private static LocalDate date(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value value = value(values, block);
        if (value == null || value.getSelectedDate() == null || value.getSelectedDate().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.getSelectedDate(), ISO_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
