package app.delight.blocks;

import static app.delight.blocks.CardSamples.ACME;
import static app.delight.blocks.CardSamples.ONE_OF_EACH;
import static app.delight.blocks.CardSamples.TODAY;
import static app.delight.blocks.CardSamples.card;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.clients.HealthReports;
import app.delight.clients.HomeOverview;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.engine.DueDate;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.HealthFlag;
import app.delight.engine.health.Part;
import app.delight.engine.health.PortfolioHealth;
import app.delight.engine.health.Trend;
import app.delight.i18n.Messages;
import app.delight.playbook.HealthWeights;
import app.delight.playbook.Targets;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view, in both languages, against a golden file in {@code src/test/resources/golden}, each
 * read and approved by eye and checked against Slack's Block Kit types and limits. A view that
 * changes on purpose: run this test with {@code -Dgolden.update=true}, which writes the files anew,
 * then read the difference and check the files again before committing them.
 */
class GoldenViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Four spaces, {@code "key": value}, characters as they are: files to read. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n")).withArrayIndenter(new DefaultIndenter("    ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Client GLOBEX = new Client(43, "Globex", List.of(), "C0GLOBEX1", List.of("U1", "U2"), "software",
            Stage.RENEWAL, LocalDate.of(2024, 1, 15), LocalDate.of(2026, 12, 31), new BigDecimal("4000"), null);
    private static final Client INITECH = new Client(44, "Initech", List.of(), null, List.of("U2"), "general",
            Stage.ONBOARDING, LocalDate.of(2026, 10, 1), null, new BigDecimal("1500"), null);
    /** A due date typed three days before the samples' day: next year's is likely the one meant. */
    private static final DueDate.PastDate PAST_DATE = DueDate.past(TODAY.minusDays(3), TODAY).orElseThrow();
    private static final HealthWeights WEIGHTS = new HealthWeights(0.25, 0.25, 0.20, 0.10, 0.10, 0.10);


    /** A view's name (its file's), and how it is rendered in a language. */
    private record View(String name, RenderIn render) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface RenderIn {
        Object in(Messages messages);
    }

    static Stream<Arguments> views() {
        List<View> views = List.of(
                new View("card", messages -> Map.of("blocks", new CardMessage(messages).blocks(card(ONE_OF_EACH)))),
                new View("digest", messages -> message(new DigestMessage(messages).digest(card(ONE_OF_EACH)))),
                new View("overdue", messages -> message(new DigestMessage(messages).overdue(card(ONE_OF_EACH.subList(0, 1))))),
                new View("home", messages -> new HomeView(messages).render("U1", homeOverview())),
                new View("portfolio", messages -> message(new HealthMessage(messages, WEIGHTS).portfolio(portfolio(), 0, TODAY))),
                new View("client-detail", messages -> message(new HealthMessage(messages, WEIGHTS).detail(detail()))),
                new View("add-client-modal", messages -> new AddClientModal(messages).modal()),
                new View("past-date-question", messages -> message(new PastDateQuestion(messages).ask(ACME, "Send the Q3 deck",
                        PAST_DATE))),
                new View("record-modal-add-follow-up-warned", messages -> new RecordModal(messages).pastDateWarned(
                        RecordModal.Form.ADD_FOLLOW_UP, ACME, new RecordModal.Origin("42", "https://hooks.slack.com/actions/T1/1/abc"),
                        Map.of(RecordModal.TEXT_BLOCK, typed("Send the Q3 deck"), RecordModal.DUE_BLOCK, typed("2026-11-20")),
                        PAST_DATE)));
        Stream<View> recordModals = Stream.of(RecordModal.Form.values()).map(form -> new View(
                "record-modal-" + form.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages -> new RecordModal(messages).modal(form, ACME, "https://hooks.slack.com/actions/T1/1/abc")));
        return Stream.concat(views.stream(), recordModals)
                .flatMap(view -> Stream.of("en", "fr").map(language -> Arguments.of(view, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("views")
    void eachViewMatchesItsGoldenFile(View view, String language) throws IOException {
        // Dates read with their year when it is not the clock's: the views are drawn on the samples' day.
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language), Clock.fixed(NOW, ZoneOffset.UTC));
        JsonNode rendered = JSON.readTree(GsonFactory.createSnakeCase().toJson(view.render().in(messages)));
        String file = view.name() + "." + language + ".json";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN.resolve(file), JSON.writer(PRETTY).writeValueAsString(rendered) + "\n");
        }
        try (InputStream golden = getClass().getResourceAsStream("/golden/" + file)) {
            assertThat(golden).as("golden/%s (write it with -Dgolden.update=true, then read it)", file).isNotNull();
            assertThat(rendered).isEqualTo(JSON.readTree(golden));
        }
    }

    /** A modal's text field as Slack sends it back, holding what was typed. */
    private static Map<String, ViewState.Value> typed(String text) {
        ViewState.Value value = new ViewState.Value();
        value.setType("plain_text_input");
        value.setValue(text);
        return Map.of("value", value);
    }

    private static Map<String, Object> message(Reply reply) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", reply.text());
        message.put("blocks", reply.blocks());
        return message;
    }

    private static HomeOverview.Overview homeOverview() {
        FollowUp late = new FollowUp(7, ACME.id(), "U1", "Send the Q3 deck", TODAY.minusDays(3), FollowUp.Status.OPEN, NOW);
        return new HomeOverview.Overview(
                List.of(new HomeOverview.OwnedClient(ACME, 72), new HomeOverview.OwnedClient(GLOBEX, 45)), 2,
                List.of(new HomeOverview.Overdue(ACME, late, 3)), 1,
                List.of(new HomeOverview.TopPrompt(ACME, ONE_OF_EACH.get(0), TODAY)), 2);
    }

    private static ClientHealth health(Client client, int score, Trend trend, Integer delta, Set<HealthFlag> flags, Integer nps) {
        Map<Part, Integer> parts = new EnumMap<>(Part.class);
        parts.put(Part.NPS, nps == null ? null : (nps + 100) / 2);
        parts.put(Part.RECENCY, Math.min(100, score + 10));
        parts.put(Part.FOLLOW_UPS, score);
        parts.put(Part.STRUGGLES, 90);
        parts.put(Part.INCIDENTS, 100);
        parts.values().removeIf(value -> value == null);
        return new ClientHealth(client, TODAY, score, HealthColour.of(score), parts, trend, delta, flags, nps);
    }

    private static HealthReports.Portfolio portfolio() {
        List<ClientHealth> clients = List.of(
                health(ACME, 72, Trend.UP, 6, EnumSet.of(HealthFlag.REVENUE_CONCENTRATION), 50),
                health(GLOBEX, 45, Trend.DOWN, -9, EnumSet.of(HealthFlag.SECRET_FREE_WORK), -20),
                health(INITECH, 31, Trend.UNKNOWN, null, EnumSet.of(HealthFlag.NEW_CLIENT), null));
        List<NpsAnswer> answers = List.of(new NpsAnswer(1, ACME.id(), 9, null, "U1", NOW), new NpsAnswer(2, GLOBEX.id(), 5, null, "U2", NOW));
        return new HealthReports.Portfolio(PortfolioHealth.of(clients, answers, new Targets(0.8, 50)),
                Map.of(ACME.id(), TODAY.minusDays(3), GLOBEX.id(), TODAY.minusDays(40)), Map.of(ACME.id(), 1, GLOBEX.id(), 2),
                new BigDecimal("17500"));
    }

    private static HealthReports.Detail detail() {
        return new HealthReports.Detail(health(GLOBEX, 45, Trend.DOWN, -9, EnumSet.of(HealthFlag.SECRET_FREE_WORK), -20),
                List.of(new Touchpoint(1, GLOBEX.id(), "U1", "Called about the <renewal>", Instant.parse("2026-10-14T10:00:00Z"),
                        Touchpoint.Kind.LOG)),
                List.of(new FollowUp(2, GLOBEX.id(), "U1", "Send the renewal quote", TODAY.plusDays(4), FollowUp.Status.OPEN, NOW)),
                List.of(new Struggle(3, GLOBEX.id(), "U2", "They export the report by hand", Instant.parse("2026-09-01T10:00:00Z"),
                        Struggle.Status.OPEN)),
                List.of(new FreeWork(4, GLOBEX.id(), new BigDecimal("2.50"), FreeWork.Kind.SECRET, "Extra banner sizes", "U2", NOW),
                        new FreeWork(5, GLOBEX.id(), new BigDecimal("1"), FreeWork.Kind.STRATEGIC, "A workshop", "U1", NOW)),
                List.of(new Incident(6, GLOBEX.id(), "Shouted at our designer", "U2", Instant.parse("2026-11-02T10:00:00Z"))),
                new BigDecimal("17500"));
    }
}
