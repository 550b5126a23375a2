package app.delight.slack;

import app.delight.config.ConfigException;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workspace a bot token belongs to, asked of Slack with {@code auth.test}. */
public record SlackWorkspace(String teamId, String teamName, String botUserId) {
    private static final Logger log = LoggerFactory.getLogger(SlackWorkspace.class);
    /** Slack's errors for a token no retry will make good. */
    static final Set<String> BAD_TOKEN = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired");

    /**
     * @return the workspace, or empty when Slack could not be reached (the app still starts and
     *         retries on the first request)
     * @throws ConfigException when Slack refuses the token, which no retry will fix
     */
    public static Optional<SlackWorkspace> of(Slack slack, String botToken) {
        try {
            AuthTestResponse response = slack.methods(botToken).authTest(r -> r);
            if (response.isOk()) {
                return Optional.of(new SlackWorkspace(response.getTeamId(), response.getTeam(), response.getUserId()));
            }
            if (BAD_TOKEN.contains(response.getError())) {
                throw tokenRefused(response.getError());
            }
            log.warn("Slack answered auth.test with {}", response.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("Could not reach Slack to check the bot token: {}", e.getMessage());
        }
        return Optional.empty();
    }

    static ConfigException tokenRefused(String error) {
        return new ConfigException("SLACK_BOT_TOKEN was refused by Slack (" + error
                + "): copy the Bot User OAuth Token from your app's OAuth & Permissions page");
    }
}
