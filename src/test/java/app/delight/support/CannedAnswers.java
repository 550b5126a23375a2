package app.delight.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The answers a healthy workspace would give, just rich enough for the app to carry on. */
final class CannedAnswers {

    static final String TEAM_ID = "T0TEST0001";
    static final String BOT_USER_ID = "U0BOT00001";
    /**
     * The workspace's members are everyone with an e-mail at this domain, each with the user ID
     * {@code U} + the e-mail's name in capitals, letters and digits only ({@code jane.doe@…} is
     * {@code UJANEDOE}); {@code users.lookupByEmail} knows no one else.
     */
    static final String MEMBERS_EMAIL_DOMAIN = "delight-test.example";

    private static final String AUTH_TEST = "{\"ok\":true,\"url\":\"https://delight-test.slack.com/\","
            + "\"team\":\"Delight Test\",\"user\":\"delight\",\"team_id\":\"" + TEAM_ID + "\","
            + "\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"B0BOT00001\",\"is_enterprise_install\":false}";

    private final ObjectMapper json = new ObjectMapper();
    // Never reset: a ts or view id handed out once must not come back after reset(), as in Slack.
    private final AtomicLong sequence = new AtomicLong();

    String answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> AUTH_TEST;
            case "chat.postMessage" -> postMessage(params);
            case "chat.update" -> update(params);
            case "chat.postEphemeral" -> ok().put("message_ts", nextTs()).toString();
            case "views.open", "views.publish" -> view(nextViewId());
            case "views.update" -> view(params.getOrDefault("view_id", nextViewId()));
            case "conversations.open" -> conversationsOpen(params);
            case "users.info" -> usersInfo(params.getOrDefault("user", "U0UNKNOWN1"));
            case "users.lookupByEmail" -> lookupByEmail(params.getOrDefault("email", ""));
            default -> "{\"ok\":true}";
        };
    }

    private String postMessage(Map<String, String> params) {
        String ts = nextTs();
        ObjectNode answer = ok().put("channel", params.get("channel")).put("ts", ts);
        answer.putObject("message").put("text", params.get("text")).put("ts", ts);
        return answer.toString();
    }

    private String update(Map<String, String> params) {
        return ok().put("channel", params.get("channel")).put("ts", params.get("ts"))
                .put("text", params.get("text")).toString();
    }

    private String view(String id) {
        ObjectNode answer = ok();
        answer.putObject("view").put("id", id).put("team_id", TEAM_ID);
        return answer.toString();
    }

    private String conversationsOpen(Map<String, String> params) {
        // conversations.open takes either users (comma-separated) or an existing channel id
        String users = params.get("users");
        String id = users != null ? "D" + users.split(",")[0].trim() : params.getOrDefault("channel", "D0UNKNOWN1");
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", id);
        return answer.toString();
    }

    private String usersInfo(String userId) {
        ObjectNode answer = ok();
        ObjectNode user = answer.putObject("user")
                .put("id", userId)
                .put("team_id", TEAM_ID)
                .put("name", userId.toLowerCase(Locale.ROOT))
                .put("real_name", "Test User " + userId)
                .put("tz", "UTC")
                .put("locale", "en-US")
                .put("is_bot", false);
        user.putObject("profile").put("real_name", "Test User " + userId).put("display_name", userId);
        return answer.toString();
    }

    private String lookupByEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || !email.substring(at + 1).equalsIgnoreCase(MEMBERS_EMAIL_DOMAIN)) {
            return "{\"ok\":false,\"error\":\"users_not_found\"}";
        }
        String id = "U" + email.substring(0, at).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        ObjectNode answer = ok();
        answer.putObject("user").put("id", id).put("team_id", TEAM_ID).put("name", email.substring(0, at))
                .put("deleted", false).put("is_bot", false).putObject("profile").put("email", email);
        return answer.toString();
    }

    /** Slack-shaped ts values ("seconds.micros"), unique and increasing, starting at 1700000000.000100. */
    private String nextTs() {
        long n = sequence.incrementAndGet();
        return String.format(Locale.ROOT, "%d.%06d", 1_700_000_000L + n / 10_000, (n % 10_000) * 100);
    }

    private String nextViewId() {
        return String.format(Locale.ROOT, "V%09d", sequence.incrementAndGet());
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }
}
