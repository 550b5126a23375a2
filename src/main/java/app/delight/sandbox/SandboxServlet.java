package app.delight.sandbox;

import app.delight.web.RequestSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sandbox page and its API. Mount it at {@code /} (the page) and at {@code /sandbox/*} (its
 * static files and API); the stand-in for Slack goes at the more specific {@code /sandbox/slack/*}.
 *
 * <p>What the user does on the page becomes what Slack would post ({@link PageActions}), signed with
 * the sandbox's signing secret and posted over loopback to the app's own {@code /slack/events}
 * ({@link SignedForwarder}), so it goes through the same guard and Bolt handlers as Slack's requests.
 * What the app answers, and what it sends to the stand-in afterwards, lands in the {@link
 * SandboxConversation} that the page polls ({@link EventFeed}).
 *
 * <pre>
 * GET  /                          the page
 * GET  /sandbox/static/{file}     its CSS and JavaScript
 * GET  /sandbox/events?since=N    entries changed after N: {"last": seq, "user": …, "entries": [...]}
 *                                 (&amp;wait=ms, up to 25000, waits for the first change: long polling)
 * POST /sandbox/command  {"text": "/delight acme"}
 * POST /sandbox/action   {"messageId": id, "actionId": …, "blockId": …, "value": …}   (a button)
 * POST /sandbox/submit   {"viewId": id, "callbackId": …, "values": {block: {action: {...}}}}
 *                        → {"ok": true, "closed": true} or {"ok": true, "errors": {block: message}}
 * POST /sandbox/close    {"viewId": id}   the modal's Cancel
 * POST /sandbox/home     {}   the user opened the Home tab
 * POST /sandbox/nudges   {}   run today's nudge pass now
 * </pre>
 * {@link PageFiles} serves the page and its files, {@link EventFeed} the events, {@link PageActions} the POSTs.
 * POSTs take {@code Content-Type: application/json} only, which a page of another site cannot send
 * without the browser asking first (and this servlet never says yes), so a site the user visits
 * cannot type commands for them.
 */
public final class SandboxServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The API's bodies are small; this keeps a stray upload from being read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final transient EventFeed events;
    private final transient PageActions actions;

    /**
     * @param conversation what the page shows; the same instance the {@link SlackStandInServlet} records into
     * @param appBase      the app over loopback, e.g. {@code http://127.0.0.1:3000/}, known once the server has started:
     *                     requests go to its {@code /slack/events}
     * @param signer       the sandbox's signing secret, the one the app's {@code SlackRequestGuard} checks
     * @param clock        the app's clock, for request timestamps the guard accepts
     * @param nudges       runs today's nudge pass and says what it did in a line (shown on the page)
     */
    public SandboxServlet(SandboxConversation conversation, Supplier<URI> appBase, RequestSignature signer, Clock clock,
            Supplier<String> nudges) {
        this.events = new EventFeed(conversation);
        this.actions = new PageActions(conversation, appBase, new SignedForwarder(conversation, appBase, signer, clock), clock,
                nudges);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        if (path.equals("/sandbox/events")) {
            events.serve(request, response);
        } else if (!PageFiles.serve(path, response)) {
            Http.text(response, 404, "not found");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            Http.json(response, 415, Http.error("send JSON with Content-Type: application/json"));
            return;
        }
        JsonNode body;
        try {
            byte[] bytes = Http.body(request, MAX_BODY_BYTES);
            body = bytes.length == 0 ? Http.JSON.createObjectNode() : Http.JSON.readTree(bytes);
        } catch (Http.TooLarge e) {
            response.setHeader("Connection", "close");
            Http.json(response, 413, Http.error("request larger than " + MAX_BODY_BYTES + " bytes"));
            return;
        } catch (IOException e) {
            Http.json(response, 400, Http.error("not JSON"));
            return;
        }
        if (body == null || !body.isObject()) {
            Http.json(response, 400, Http.error("expected a JSON object"));
            return;
        }
        switch (path) {
            case "/sandbox/command" -> actions.command(body, response);
            case "/sandbox/action" -> actions.action(body, response);
            case "/sandbox/submit" -> actions.submit(body, response);
            case "/sandbox/close" -> actions.close(body, response);
            case "/sandbox/home" -> actions.home(response);
            case "/sandbox/nudges" -> actions.nudges(response);
            default -> Http.json(response, 404, Http.error("no such endpoint: " + path));
        }
    }
}
