package app.delight.delivery;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiErrorResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Posts one message with {@code chat.postMessage} through the official client and classifies
 * the outcome as a {@link PostResult}. Makes exactly one HTTP request per call: the synchronous
 * client does not retry, and pacing and retrying are {@link Delivery}'s job.
 *
 * <p>The bot token is kept private: it is never logged, never put in a result, and is scrubbed
 * from any exception text that ends up in a {@link PostResult.Transient} reason.
 *
 * <p>Thread-safe.
 */
public final class SlackPoster implements Poster {
    /** The error of a post whose outcome is unknown: see {@link #post}. */
    public static final String AMBIGUOUS = "ambiguous";


    /** When Slack rate-limits without saying for how long. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    static final String INVITE_HINT = "invite the bot: /invite @Delight in that channel";
    static final String GENERIC_HINT =
            "unexpected Slack error; see https://api.slack.com/methods/chat.postMessage#errors";

    private static final Set<String> RATE_LIMITED = Set.of("ratelimited", "rate_limited");

    private static final Set<String> TRANSIENT = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "timeout",
            "team_added_to_org");

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("not_in_channel", INVITE_HINT),
            Map.entry("channel_not_found", INVITE_HINT
                    + " (for a private channel the bot must be invited before it can see it at all)"),
            Map.entry("is_archived", "the channel is archived: unarchive it or set another channel for the client"),
            Map.entry("user_not_found", "check the Slack user id set for this recipient"),
            Map.entry("cannot_dm_bot", "the recipient is a bot: set a person's Slack user id instead"),
            Map.entry("user_disabled", "the recipient's account is deactivated: choose another recipient"),
            Map.entry("msg_too_long", "the message is too long (40,000 characters at most): a bug in Delight"),
            Map.entry("msg_blocks_too_long", "the message has too many blocks (50 at most): a bug in Delight"),
            Map.entry("invalid_blocks", "Slack rejected the message's blocks: a bug in Delight"),
            Map.entry("invalid_blocks_format", "Slack rejected the message's blocks: a bug in Delight"),
            Map.entry("too_many_attachments", "the message has too many attachments: a bug in Delight"),
            Map.entry("no_text", "the message has no text and no blocks: a bug in Delight"),
            Map.entry("invalid_arguments", "Slack rejected the request's arguments: a bug in Delight"),
            Map.entry("invalid_auth", "the bot token is not valid: check SLACK_BOT_TOKEN or reinstall the app"),
            Map.entry("not_authed", "no bot token was sent: set SLACK_BOT_TOKEN"),
            Map.entry("account_inactive", "the bot's token belongs to a deleted app or user: reinstall the app"),
            Map.entry("token_revoked", "the bot token was revoked: reinstall the app in the workspace"),
            Map.entry("token_expired", "the bot token expired: reinstall the app (or refresh the token)"),
            Map.entry("app_uninstalled", "the app was uninstalled: reinstall it in the workspace"),
            Map.entry("no_permission", "the token lacks permission for this channel: reinstall the app"),
            Map.entry("missing_scope", "reinstall the app with the manifest's scopes"),
            Map.entry("restricted_action", "a workspace admin restricts posting in that channel"),
            Map.entry("restricted_action_read_only_channel", "the channel is read-only for the bot: ask an admin"),
            Map.entry("restricted_action_thread_only_channel", "the channel only accepts thread replies: choose another"),
            Map.entry("restricted_action_non_threadable_channel", "a workspace admin restricts posting in that channel"),
            Map.entry("ekm_access_denied", "the workspace's Enterprise Key Management denied access: ask an admin"),
            Map.entry("team_access_not_granted", "the app is not granted access to this workspace: ask an org admin"),
            Map.entry("channel_is_archived", "the channel is archived: unarchive it or set another channel for the client"));

    private final MethodsClient methods;
    private final String botToken;

    public SlackPoster(Slack slack, String botToken) {
        Objects.requireNonNull(slack, "slack");
        this.botToken = Objects.requireNonNull(botToken, "botToken");
        this.methods = slack.methods(botToken);
    }

    @Override
    public PostResult post(Outgoing message) {
        List<com.slack.api.model.block.LayoutBlock> blocks = message.blocks().isEmpty() ? null : message.blocks();
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r
                    .channel(message.channel())
                    .text(message.text())
                    .blocks(blocks));
            if (response.isOk()) {
                return new PostResult.Sent(response.getTs());
            }
            if (isRateLimited(response.getError())) {
                return new PostResult.RateLimited(retryAfter(firstHeader(response.getHttpResponseHeaders())));
            }
            return classifyError(response.getError(), response.getNeeded());
        } catch (SlackApiException e) {
            return classifyHttpFailure(e);
        } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
            // Nothing reached Slack: trying again cannot make a second message.
            return new PostResult.Transient(scrub("io: " + describe(e)));
        } catch (IOException e) {
            // The request may have reached Slack before the connection broke, and chat.postMessage has no
            // idempotency key: a retry could show the message twice. At most once: give it up, say so.
            return new PostResult.Permanent(AMBIGUOUS, scrub("the connection broke after the message was sent ("
                    + describe(e) + "); it may or may not have been posted, and is not sent again so nobody sees it twice"));
        } catch (RuntimeException e) {
            // e.g. a malformed answer the client cannot parse
            return new PostResult.Transient(scrub("unexpected: " + describe(e)));
        }
    }

    @Override
    public String toString() {
        return "SlackPoster"; // never the token
    }

    // ---------------------------------------------------------------- classification

    /** Classifies a Slack error code ({@code ok:false}); {@code needed} is the missing scope, if any. */
    static PostResult classifyError(String error, String needed) {
        String code = error == null || error.isBlank() ? "unknown_error" : error;
        if (isRateLimited(code)) {
            return new PostResult.RateLimited(DEFAULT_RETRY_AFTER);
        }
        if (TRANSIENT.contains(code)) {
            return new PostResult.Transient(code);
        }
        return new PostResult.Permanent(code, hint(code, needed));
    }

    static String hint(String error, String needed) {
        String hint = HINTS.getOrDefault(error, GENERIC_HINT);
        if (error.equals("missing_scope") && needed != null && !needed.isBlank()) {
            hint = hint + " (needed: " + needed + ")";
        }
        return hint;
    }

    private PostResult classifyHttpFailure(SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        SlackApiErrorResponse body = e.getError();
        String error = body == null ? null : body.getError();
        if (status == 429 || isRateLimited(error)) {
            String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
            return new PostResult.RateLimited(retryAfter(header));
        }
        if (status >= 500 || status == 408 || status == 0) {
            return new PostResult.Transient("http " + status + (error == null ? "" : " " + error));
        }
        if (error != null && !error.isBlank()) {
            return classifyError(error, body.getNeeded());
        }
        return new PostResult.Permanent("http_" + status, GENERIC_HINT);
    }

    private static boolean isRateLimited(String error) {
        return error != null && RATE_LIMITED.contains(error);
    }

    private static String firstHeader(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if ("retry-after".equalsIgnoreCase(entry.getKey()) && entry.getValue() != null
                    && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /** {@code Retry-After} in seconds; a missing or unreadable header means one second. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private String scrub(String text) {
        return botToken.isEmpty() ? text : text.replace(botToken, "xox?-***");
    }
}
