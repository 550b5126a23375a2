package app.delight.slack;

import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.metrics.Metrics;
import app.delight.slack.listeners.actions.ConfirmPastDate;
import app.delight.slack.listeners.actions.HealthButtons;
import app.delight.slack.listeners.actions.HomeButtons;
import app.delight.slack.listeners.actions.PickClient;
import app.delight.slack.listeners.actions.PromptClicks;
import app.delight.slack.listeners.actions.RecordButtons;
import app.delight.slack.listeners.actions.ShareCard;
import app.delight.slack.listeners.commands.ClientHealthCommand;
import app.delight.slack.listeners.commands.DelightCommand;
import app.delight.slack.listeners.events.HomeOpened;
import app.delight.slack.listeners.views.AddClientSubmission;
import app.delight.slack.listeners.views.RecordSubmissions;
import app.delight.store.Store;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

/** Builds the Bolt app: its middlewares, then the listeners of each Slack surface, all talking to {@code SLACK_API_URL}. */
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

    public static App build(Settings settings, Slack slack, Store store, Metrics metrics, Collaborators with) {
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
        app.use(new EventDeduplication(store));

        new DelightCommand(with).register(app);
        new ClientHealthCommand(with).register(app);

        new PromptClicks(with).register(app);
        new ShareCard(with).register(app);
        new PickClient(with).register(app);
        new ConfirmPastDate(with).register(app);
        new RecordButtons(with).register(app);
        new HealthButtons(with).register(app);
        new HomeButtons(with).register(app);

        new RecordSubmissions(with).register(app);
        new AddClientSubmission(with).register(app);

        new HomeOpened(with).register(app);
        return app;
    }
}
