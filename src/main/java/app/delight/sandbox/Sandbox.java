package app.delight.sandbox;

import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.demo.DemoData;
import app.delight.demo.DemoLoader;
import app.delight.nudge.NudgePass;
import app.delight.nudge.Nudges;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import app.delight.web.RequestSignature;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's fixed cast: one workspace, one user (a manager), one channel, one bot; and where its
 * parts live on the app's own port. Without Slack credentials the app runs against these instead of
 * Slack, with the page at {@code /} standing in for a channel.
 *
 * <p>An instance is one run of the sandbox inside the app: {@link #mount} puts its page and its
 * stand-in for Slack on the app's web server, {@link #started} gives the settings the app then runs
 * on, and {@link #open} makes the page's nudge button work and loads the demo clients.
 */
public final class Sandbox {
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    /** The sandbox workspace: the one demo data and command-line imports land in. */
    public static final String TEAM_ID = Workspaces.LOCAL;
    public static final String TEAM_NAME = "Sandbox";
    public static final String TEAM_DOMAIN = "sandbox";
    /** The person at the page: give them manager rights ({@code DELIGHT_MANAGERS}) so /client-health answers. */
    public static final String USER_ID = "U0SANDBOX1";
    public static final String USER_NAME = "sandbox-user";
    public static final String USER_REAL_NAME = "Sandbox User";
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
    /** Who the stand-in for Slack says the workspace and the bot are. */
    static final SlackStandIn.Workspace WORKSPACE = new SlackStandIn.Workspace(TEAM_ID, TEAM_NAME, TEAM_DOMAIN, BOT_USER_ID, BOT_ID,
            APP_ID);
    /** The legacy verification token Slack still puts in payloads; nothing checks it. */
    static final String VERIFICATION_TOKEN = "sandbox-verification-token";

    /** Where the stand-in for Slack is mounted. */
    static final String SLACK_PATH = "/sandbox/slack";
    /** Where the stand-in for Slack's Web API is, with its trailing slash. */
    public static final String API_PATH = SLACK_PATH + SlackStandInServlet.API;
    /** Where response URLs point: {@code RESPOND_PATH + id}. */
    public static final String RESPOND_PATH = SLACK_PATH + SlackStandInServlet.RESPOND;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxConversation conversation;
    private final Secret signingSecret;
    private final AtomicInteger port = new AtomicInteger();
    private final AtomicReference<Supplier<String>> nudges = new AtomicReference<>(() -> "not ready yet");

    private Sandbox(SandboxConversation conversation, Secret signingSecret) {
        this.conversation = conversation;
        this.signingSecret = signingSecret;
    }

    /**
     * Puts the page at {@code /} and {@code /sandbox/*}, and the stand-in for Slack at {@code
     * /sandbox/slack/*}, into the app's servlets, before its web server starts: Bolt's first call goes
     * to the stand-in on the app's own port.
     */
    public static Sandbox mount(Map<String, HttpServlet> servlets, Clock clock) {
        Sandbox sandbox = new Sandbox(new SandboxConversation(clock), Secret.of(newSigningSecret()));
        SandboxServlet page = new SandboxServlet(sandbox.conversation, () -> loopback(sandbox.port.get()), sandbox.signature(),
                clock, () -> sandbox.nudges.get().get());
        servlets.put("/", page);
        servlets.put("/sandbox/*", page);
        servlets.put(SLACK_PATH + "/*", new SlackStandInServlet(sandbox.conversation));
        return sandbox;
    }

    /** What the page's requests are signed with, and the app's guard checks them with. */
    public RequestSignature signature() {
        return new RequestSignature(signingSecret.reveal());
    }

    /**
     * The web server is up on {@code port}: the settings the app runs on, those configured with the
     * stand-in's token and address, and the sandbox user a manager so {@code /client-health} answers.
     */
    public Settings started(Settings configured, int port) {
        this.port.set(port);
        return configured.forSandbox(Secret.of(BOT_TOKEN), signingSecret, apiUrl(port), USER_ID);
    }

    /** The app takes requests: the page's "Run today's nudges" runs {@code pass}, and the demo clients are loaded. */
    public void open(NudgePass pass, Settings settings, Database database, Clock clock) {
        nudges.set(SandboxNudges.runner(pass, Nudges.calendar(settings), clock, settings.timezone()));
        LocalDate today = LocalDate.now(clock.withZone(settings.timezone()));
        DemoLoader.Outcome outcome = new DemoLoader(database.store(), settings.timezone()).load(TEAM_ID, DemoData.asOf(today), false);
        if (outcome.written()) {
            log.info("Loaded {} demo clients into the sandbox", outcome.clients().size());
        }
        log.info("No Slack credentials: running the sandbox. Open http://localhost:{}/ and type /delight acme. "
                + "To connect to Slack set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or with SLACK_APP_TOKEN "
                + "(Socket Mode).", port.get());
    }

    /** What the page shows. */
    public SandboxConversation conversation() {
        return conversation;
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
