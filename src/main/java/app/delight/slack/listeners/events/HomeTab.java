package app.delight.slack.listeners.events;

import app.delight.blocks.ActionIds;
import app.delight.blocks.AddClientModal;
import app.delight.blocks.HomeView;
import app.delight.blocks.Reply;
import app.delight.clients.ClientDirectory;
import app.delight.clients.DelightCards;
import app.delight.clients.HomeOverview;
import app.delight.clients.NewClients;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.i18n.Messages;
import app.delight.slack.RateLimitRetry;
import app.delight.slack.SubCommands;
import app.delight.slack.Unavailable;
import app.delight.store.Store;
import app.delight.store.StoreException;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's Home tab: published for a user each time they open it, with their clients, their
 * overdue follow-ups and today's prompts; its "Card" buttons and its "Add client" modal. Every read
 * and write is scoped to the workspace the request came from.
 */
public final class HomeTab {
    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);
    private static final String HOME = "home";

    private final HomeOverview overview;
    private final HomeView homeView;
    private final AddClientModal addClient;
    private final NewClients newClients;
    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;
    private final Unavailable unavailable;
    private final Executor afterAck;

    HomeTab(HomeOverview overview, HomeView homeView, AddClientModal addClient, NewClients newClients,
            ClientDirectory directory, SubCommands subCommands, Messages messages, Unavailable unavailable, Executor afterAck) {
        this.overview = overview;
        this.homeView = homeView;
        this.addClient = addClient;
        this.newClients = newClients;
        this.directory = directory;
        this.subCommands = subCommands;
        this.messages = messages;
        this.unavailable = unavailable;
        this.afterAck = afterAck;
    }

    /** Registers the {@code app_home_opened} event, the tab's buttons and the "Add client" submission. */
    public static HomeTab register(App app, Store store, ClientDirectory directory, DelightCards cards, Today today,
            SubCommands subCommands, Messages messages, Unavailable unavailable, Executor afterAck) {
        HomeTab tab = new HomeTab(new HomeOverview(store, directory, cards, today), new HomeView(messages),
                new AddClientModal(messages), new NewClients(store), directory, subCommands, messages, unavailable, afterAck);
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> tab.opened(payload.getTeamId(), payload.getEvent(), ctx));
        app.blockAction(ActionIds.HOME_SHOW_CARD, tab::showCard);
        app.blockAction(ActionIds.HOME_ADD_CLIENT, tab::openAddClient);
        app.viewSubmission(ActionIds.ADD_CLIENT_VIEW, tab::submitAddClient);
        return tab;
    }

    // ---- the tab itself ---------------------------------------------------------------------

    private Response opened(String teamId, AppHomeOpenedEvent event, EventContext ctx) {
        // The event also fires for the Messages and About tabs, which Delight leaves as they are.
        if (HOME.equals(event.getTab()) && teamId != null && event.getUser() != null) {
            MethodsClient client = ctx.client();
            // Acknowledged first: a slow database then delays the tab, but never makes Slack retry the event.
            afterAck.execute(() -> publish(client, teamId, event.getUser()));
        }
        return ctx.ack();
    }

    /** Renders the user's tab for the workspace and publishes it; a database outage shows as such on the tab. */
    void publish(MethodsClient client, String teamId, String userId) {
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

    // ---- "Card" -----------------------------------------------------------------------------

    /**
     * A Home tab has no response_url, so the card goes to the user as a direct message from the app
     * (chat.postMessage to the user id lands in the app's Messages tab) rather than into a modal: a
     * message keeps the card's own buttons working, since Done, Snooze and the others redraw the
     * card through the response_url Slack gives every click on a message, and the card stays there
     * to come back to, where a modal would be gone once closed.
     */
    private Response showCard(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        MethodsClient client = ctx.client();
        afterAck.execute(() -> {
            SubCommands.Caller caller = new SubCommands.Caller(teamId, userId);
            Reply reply = unavailable.whenDatabaseFails(() -> directory.byButtonValue(teamId, value)
                    .map(found -> subCommands.card(caller, found))
                    .orElseGet(() -> Reply.say(messages.get("action.gone"))));
            try {
                ChatPostMessageResponse posted = RateLimitRetry.method(() -> client.chatPostMessage(r -> r.channel(userId)
                        .text(reply.text()).blocks(reply.blocks())));
                if (!posted.isOk()) {
                    log.warn("Slack refused a card sent from the Home tab: {}", posted.getError());
                }
            } catch (IOException | SlackApiException e) {
                log.warn("Could not send a card from the Home tab: {}", e.getMessage());
            }
        });
        return ctx.ack();
    }

    // ---- "Add client" -----------------------------------------------------------------------

    private Response openAddClient(BlockActionRequest request, ActionContext ctx) {
        // The trigger id lives 3 seconds, so the modal opens before the acknowledgement, not after.
        try {
            ViewsOpenResponse opened = RateLimitRetry.methodWithin(RateLimitRetry.WHILE_THE_TRIGGER_LIVES,
                    () -> ctx.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId()).view(addClient.modal())));
            if (!opened.isOk()) {
                log.warn("Slack refused the Add client modal: {}", opened.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not open the Add client modal: {}", e.getMessage());
        }
        return ctx.ack();
    }

    private Response submitAddClient(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        AddClientModal.Form form = addClient.read(payload.getView().getState() == null ? null
                : payload.getView().getState().getValues(), userId);
        if (!form.valid()) {
            return ctx.ackWithErrors(form.errors());
        }
        NewClients.Outcome outcome;
        try {
            outcome = newClients.add(teamId, form.client());
        } catch (StoreException e) {
            if (e.unreachable()) {
                log.warn("The database did not answer for Add client: {}", e.getMessage());
            } else {
                log.error("Adding a client failed", e);
            }
            return ctx.ackWithErrors(Map.of(AddClientModal.NAME_BLOCK, messages.get("addClient.error.unavailable")));
        }
        if (outcome instanceof NewClients.Outcome.NameTaken taken) {
            return ctx.ackWithErrors(Map.of(AddClientModal.NAME_BLOCK,
                    messages.get("addClient.error.nameTaken", taken.existing().name())));
        }
        Client added = ((NewClients.Outcome.Added) outcome).client();
        log.info("Client {} added to workspace {} by {}", added.id(), teamId, userId);
        MethodsClient client = ctx.client();
        afterAck.execute(() -> publish(client, teamId, userId));
        return ctx.ack();
    }
}
