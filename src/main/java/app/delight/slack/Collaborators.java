package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.clients.ClientJournal;
import app.delight.clients.DelightCards;
import app.delight.clients.HealthReports;
import app.delight.clients.HomeOverview;
import app.delight.clients.NewClients;
import app.delight.clients.PromptResponses;
import app.delight.clients.Today;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.health.HealthWatch;
import app.delight.i18n.Messages;
import app.delight.nudge.DetractorAlerts;
import app.delight.playbook.Playbook;
import app.delight.store.Store;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What Slack's listeners share: the use cases they call, the Slack-side helpers they answer with, and
 * where work after the acknowledgement runs. Built once for the app; each listener takes from it what
 * it needs.
 *
 * @param afterAck runs the work a listener does after acknowledging, such as redrawing a card
 */
public record Collaborators(ClientDirectory directory, ClientJournal journal, PromptResponses responses, NewClients newClients,
        SubCommands subCommands, HealthAnswers health, HomeTab homeTab, Today today, Messages messages, Unavailable unavailable,
        Executor afterAck) {

    /** Wires the listeners' collaborators over the app's store, its one client directory and its health reports. */
    public static Collaborators wire(Settings settings, Store store, Playbook playbook, Clock clock, Executor afterAck,
            Delivery delivery, ClientDirectory directory, HealthReports reports, HealthWatch watch) {
        Messages messages = Messages.forLocale(settings.locale(), clock);
        Today today = new Today(clock, settings.timezone());
        DelightCards cards = new DelightCards(store, playbook, messages, today);
        ClientJournal journal = new ClientJournal(store, clock,
                new DetractorAlerts(delivery, settings.managers(), settings.managersChannel(), messages, afterAck),
                (teamId, clientId) -> afterAck.execute(() -> watch.check(teamId, clientId)));
        return new Collaborators(directory, journal, new PromptResponses(store, clock), new NewClients(store),
                new SubCommands(cards, journal, today, messages),
                new HealthAnswers(settings.managers(), reports, playbook.weights(), today, messages),
                new HomeTab(new HomeOverview(store, directory, cards, today), messages), today, messages,
                new Unavailable(messages), afterAck);
    }
}
