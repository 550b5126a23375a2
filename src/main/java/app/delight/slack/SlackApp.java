package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.clients.ClientJournal;
import app.delight.clients.DelightCards;
import app.delight.clients.HealthReports;
import app.delight.clients.PromptResponses;
import app.delight.clients.Today;
import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.engine.PromptEngine;
import app.delight.health.HealthWatch;
import app.delight.nudge.DetractorAlerts;
import app.delight.i18n.Messages;
import app.delight.metrics.Metrics;
import app.delight.playbook.Playbook;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** Builds the Bolt app: one registration per Slack surface, all talking to {@code SLACK_API_URL}. */
public final class SlackApp {
    private SlackApp() {
    }

    /** The official client, pointed at {@code SLACK_API_URL} so tests and proxies can stand in for Slack. */
    public static Slack client(Settings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.slackApiUrl().toString());
        config.setPrettyResponseLoggingEnabled(false);
        // Its metrics call auth.test behind our back before each new token's first call.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    /**
     * @param afterAck runs the work a handler does after acknowledging, such as redrawing a card
     */
    public static App build(Settings settings, Slack slack, Jdbi jdbi, Playbook playbook, Clock clock, Executor afterAck,
            Delivery delivery, ClientDirectory directory, HealthReports reports, HealthWatch watch, Metrics metrics) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken().map(Secret::reveal).orElseThrow())
                .signingSecret(settings.signingSecret().map(Secret::reveal).orElse(null))
                // SlackRequestGuard verifies every HTTP request before Bolt sees it, more strictly than
                // Bolt does (constant time, no future timestamps, a body cap); over Socket Mode there is
                // no signature at all.
                .requestVerificationEnabled(false)
                .build();
        App app = new App(config);
        app.use(new RequestMetrics(metrics, settings.locale()));
        app.use(new EventDeduplication(jdbi));
        Messages messages = Messages.forLocale(settings.locale(), clock);
        Today today = new Today(clock, settings.timezone());
        ClientJournal journal = new ClientJournal(jdbi, clock);
        DetractorAlerts alerts = new DetractorAlerts(delivery, settings.managers(), settings.managersChannel(), messages, afterAck);
        DelightCards cards = new DelightCards(jdbi, new PromptEngine(playbook), today);
        SubCommands subCommands = new SubCommands(cards, journal, today,
                messages, alerts, (teamId, clientId) -> afterAck.execute(() -> watch.check(teamId, clientId)));
        Unavailable unavailable = new Unavailable(messages);

        app.command("/delight", new DelightCommand(directory, subCommands, new ClientChoice(messages),
                new HelpMessage(messages), unavailable));
        PromptClicks clicks = new PromptClicks(directory, new PromptResponses(jdbi, clock), subCommands, today, messages,
                unavailable, afterAck);
        PromptClicks.RESPONSES.keySet().forEach(actionId -> app.blockAction(actionId, clicks));
        app.blockAction(ActionIds.SHARE_CARD, new ShareCard(directory, subCommands, messages, unavailable, afterAck));
        ReplaceOnClick pastDate = new ReplaceOnClick(new ConfirmPastDate(directory, subCommands, messages), unavailable, afterAck);
        app.blockAction(ActionIds.PAST_DATE_TAKE, pastDate);
        app.blockAction(ActionIds.PAST_DATE_KEEP, pastDate);
        app.blockAction(Pattern.compile(ActionIds.PICK_CLIENT + "_\\d+"),
                new ReplaceOnClick(new PickClient(directory, subCommands, messages), unavailable, afterAck));
        ClientHealthCommand health = new ClientHealthCommand(settings.managers(), directory, reports,
                new HealthMessage(messages, playbook.weights()), new ClientChoice(messages), messages, today, unavailable);
        app.command("/client-health", health);
        BlockActionHandler paging = health.paging(afterAck);
        app.blockAction(ActionIds.HEALTH_NEXT, paging);
        app.blockAction(ActionIds.HEALTH_PREVIOUS, paging);
        app.blockAction(Pattern.compile(ActionIds.HEALTH_PICK + "_\\d+"), health.pick(afterAck));
        FormModals modals = new FormModals(directory, today, messages, subCommands, afterAck);
        for (FormModals.Form form : FormModals.Form.values()) {
            app.blockAction(form.opener, (request, ctx) -> modals.open(form, request, ctx));
            app.viewSubmission(form.callbackId, (request, ctx) -> modals.submit(form, request, ctx));
        }
        HomeTab.register(app, jdbi, directory, cards, today, subCommands, messages, unavailable, afterAck);
        return app;
    }
}
