package app.delight.sandbox;

import app.delight.store.Workspaces;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox's fixed cast: one workspace, one user (a manager), one channel, one bot; and where its
 * parts live on the app's own port. Without Slack credentials the app runs against these instead of
 * Slack, with the page at {@code /} standing in for a channel.
 */
public final class Sandbox {
    /** The sandbox workspace: the one demo data and command-line imports land in. */
    public static final String TEAM_ID = Workspaces.LOCAL;
    public static final String TEAM_NAME = "Sandbox";
    public static final String TEAM_DOMAIN = "sandbox";
    /** The person at the page: give them manager rights ({@code DELIGHT_MANAGERS}) so /client-health answers. */
    public static final String USER_ID = "U0SANDBOX1";
    public static final String USER_NAME = "sandbox-user";
    public static final String USER_REAL_NAME = "Sandbox User";
    /** The one e-mail {@code users.lookupByEmail} finds a member for. */
    public static final String USER_EMAIL = "sandbox-user@sandbox.example";
    /** The channel the page shows. */
    public static final String CHANNEL_ID = "C0SANDBOX";
    public static final String CHANNEL_NAME = "sandbox";
    public static final String BOT_USER_ID = "U0SANDBOXBOT";
    public static final String BOT_ID = "B0SANDBOX";
    public static final String APP_ID = "A0SANDBOX";
    /**
     * A bot token of Slack's shape that reaches nothing but the stand-in. At least 16 characters: the
     * official client logs {@code token.substring(0, 16)} at debug level.
     */
    public static final String BOT_TOKEN = "xoxb-0000000000-sandbox-not-a-real-token";
    /** The legacy verification token Slack still puts in payloads; nothing checks it. */
    static final String VERIFICATION_TOKEN = "sandbox-verification-token";

    /** Where the stand-in for Slack's Web API is mounted, with its trailing slash. */
    public static final String API_PATH = "/sandbox/slack/api/";
    /** Where response URLs point: {@code RESPOND_PATH + id}. */
    public static final String RESPOND_PATH = "/sandbox/slack/respond/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sandbox() {
    }

    /**
     * A fresh signing secret for one run: the page's requests are signed with it and the guard checks
     * them with it, exactly as with Slack's. Never printed; there is no reason to know it.
     */
    public static String newSigningSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The base the app calls itself on over loopback: {@code http://127.0.0.1:PORT/}. */
    public static URI loopback(int port) {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The value for {@code SLACK_API_URL}: {@code http://127.0.0.1:PORT/sandbox/slack/api/}. */
    public static URI apiUrl(int port) {
        return loopback(port).resolve(API_PATH.substring(1));
    }

    /** A response URL that records into the conversation: {@code http://127.0.0.1:PORT/sandbox/slack/respond/ID}. */
    static URI responseUrl(URI appBase, String id) {
        return base(appBase).resolve(RESPOND_PATH.substring(1) + id);
    }

    /** The base with a trailing slash, so relative paths resolve under it. */
    static URI base(URI appBase) {
        String text = appBase.toString();
        return text.endsWith("/") ? appBase : URI.create(text + "/");
    }
}
