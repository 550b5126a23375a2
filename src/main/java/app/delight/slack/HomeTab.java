package app.delight.slack;

import app.delight.blocks.HomeView;
import app.delight.clients.HomeOverview;
import app.delight.i18n.Messages;
import app.delight.store.StoreException;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's Home tab, published for them: their clients, their overdue follow-ups and today's
 * prompts, read for the workspace the request came from. Published when they open it, and again
 * when what it shows changed under them (a client added).
 */
public final class HomeTab {
    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    private final HomeOverview overview;
    private final HomeView homeView;

    public HomeTab(HomeOverview overview, Messages messages) {
        this.overview = overview;
        this.homeView = new HomeView(messages);
    }

    /** Renders the user's tab for the workspace and publishes it; a database outage shows as such on the tab. */
    public void publish(MethodsClient client, String teamId, String userId) {
        View view;
        try {
            view = homeView.render(userId, overview.of(teamId, userId));
        } catch (StoreException e) {
            if (e.unreachable()) {
                log.warn("The database did not answer for a Home tab: {}", e.getMessage());
            } else {
                log.error("A database statement failed for a Home tab", e);
            }
            view = homeView.unavailable();
        }
        View published = view;
        try {
            ViewsPublishResponse response = RateLimitRetry.method(() -> client.viewsPublish(r -> r.userId(userId).view(published)));
            if (!response.isOk()) {
                log.warn("Slack refused the Home tab of {}: {}", userId, response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not publish the Home tab of {}: {}", userId, e.getMessage());
        }
    }
}
