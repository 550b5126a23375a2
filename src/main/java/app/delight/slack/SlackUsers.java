package app.delight.slack;

import app.delight.config.ConfigException;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The workspace's members, found by e-mail ({@code users.lookupByEmail}, scope {@code users:read.email}). */
public final class SlackUsers {
    private final Slack slack;
    private final String botToken;

    public SlackUsers(Slack slack, String botToken) {
        this.slack = slack;
        this.botToken = botToken;
    }

    /**
     * The Slack user ID of the member with this e-mail; empty when the workspace has none (or only a
     * deactivated one). A rate limit is waited out.
     *
     * @throws ConfigException when the token or the app's scopes do not allow the look-up
     * @throws IllegalStateException when Slack cannot be reached or answers another error
     */
    public Optional<String> idOf(String email) {
        UsersLookupByEmailResponse response;
        try {
            response = RateLimitRetry.method(() -> slack.methods(botToken).usersLookupByEmail(r -> r.email(email)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach Slack to look up " + email + ": " + e.getMessage(), e);
        } catch (SlackApiException e) {
            throw new IllegalStateException("Slack answered HTTP " + e.getResponse().code() + " to users.lookupByEmail", e);
        }
        if (response.isOk()) {
            return response.getUser().isDeleted() ? Optional.empty() : Optional.of(response.getUser().getId());
        }
        String error = response.getError();
        if ("users_not_found".equals(error)) {
            return Optional.empty();
        }
        if ("missing_scope".equals(error)) {
            throw new ConfigException("The Slack app may not look users up by e-mail (missing_scope: users:read.email): "
                    + "add the scope from manifest.yml and reinstall the app");
        }
        if (SlackWorkspace.BAD_TOKEN.contains(error)) {
            throw SlackWorkspace.tokenRefused(error);
        }
        throw new IllegalStateException("Slack answered users.lookupByEmail with " + error);
    }
}
