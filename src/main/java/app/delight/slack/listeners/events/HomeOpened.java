package app.delight.slack.listeners.events;

import app.delight.slack.Collaborators;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** {@code app_home_opened}: the user's Home tab is published for them each time they open it. */
public final class HomeOpened {
    private static final String HOME = "home";

    private final Collaborators with;

    public HomeOpened(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> opened(payload.getTeamId(), payload.getEvent(), ctx));
    }

    private Response opened(String teamId, AppHomeOpenedEvent event, EventContext ctx) {
        // The event also fires for the Messages and About tabs, which Delight leaves as they are.
        if (HOME.equals(event.getTab()) && teamId != null && event.getUser() != null) {
            MethodsClient client = ctx.client();
            // Acknowledged first: a slow database then delays the tab, but never makes Slack retry the event.
            with.afterAck().execute(() -> with.homeTab().publish(client, teamId, event.getUser()));
        }
        return ctx.ack();
    }
}
