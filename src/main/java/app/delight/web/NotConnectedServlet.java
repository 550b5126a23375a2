package app.delight.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /slack/events} when this app does not take Slack's requests over HTTP (Socket Mode): a
 * request that got past the guard is still not for us.
 */
public final class NotConnectedServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("This Delight takes Slack's requests over Socket Mode, not HTTP.");
    }
}
