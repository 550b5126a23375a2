package app.delight.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sandbox's {@link SlackStandIn} on the app's own port, mounted at {@code /sandbox/slack/*}: the
 * Web API at {@code /api/{method}} below it (what {@code SLACK_API_URL} points at) and response URLs
 * at {@code /respond/{id}}.
 */
public final class SlackStandInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Below where it is mounted. */
    static final String API = "/api/";
    static final String RESPOND = "/respond/";
    /** Slack refuses bigger requests too; a view of 100 blocks is far below this. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final transient SlackStandIn standIn;

    /** The stand-in for the sandbox's workspace, recording into {@code conversation}, which the page shows. */
    public SlackStandInServlet(SandboxConversation conversation) {
        this.standIn = new SlackStandIn(conversation, Sandbox.WORKSPACE, true);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Slack accepts GET with query parameters for most methods; a curl from a curious user works too.
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        byte[] body;
        try {
            body = Http.body(request, MAX_BODY_BYTES);
        } catch (Http.TooLarge e) {
            response.setHeader("Connection", "close");
            Http.json(response, 413, Http.error("request_too_large"));
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (path.startsWith(API)) {
            String method = path.substring(API.length());
            if (method.isEmpty() || method.contains("/")) {
                Http.json(response, 404, Http.error("unknown_method"));
                return;
            }
            Map<String, String> params = SlackStandIn.params(request.getContentType(), request.getQueryString(), text);
            String token = SlackStandIn.token(request.getHeader("Authorization"), params).orElse(null);
            Http.json(response, 200, standIn.answer(method, params, token));
        } else if (path.startsWith(RESPOND) && path.length() > RESPOND.length() && request.getMethod().equals("POST")) {
            if (standIn.respond(path.substring(RESPOND.length()), text)) {
                Http.text(response, 200, "ok");
            } else {
                // Slack answers a malformed response URL post with a plain-text reason
                Http.text(response, 400, "invalid_payload");
            }
        } else {
            Http.json(response, 404, Http.error("unknown_method"));
        }
    }
}
