package app.delight.slack;

import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.config.SlackMode;
import app.delight.i18n.Messages;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

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

    public static App build(Settings settings, Slack slack) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken().map(Secret::reveal).orElseThrow())
                .signingSecret(settings.signingSecret().map(Secret::reveal).orElse(null))
                // Over Socket Mode nothing arrives over HTTP, so there is no signature to check.
                .requestVerificationEnabled(settings.slackMode() == SlackMode.HTTP)
                .build();
        App app = new App(config);
        Messages messages = Messages.forLocale(settings.locale());
        app.command("/delight", new DelightCommand(new HelpMessage(messages)));
        return app;
    }
}
