package app.delight.slack;

import app.delight.blocks.HealthMessage;
import app.delight.blocks.Reply;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.i18n.Messages;
import app.delight.playbook.HealthWeights;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What {@code /client-health} and its buttons answer: for managers only, the portfolio a page at a
 * time or one client in detail; anyone else a polite refusal that tells nothing about any client.
 */
public final class HealthAnswers {
    private final Set<String> managers;
    private final HealthReports reports;
    private final HealthMessage message;
    private final Today today;
    private final Messages messages;

    public HealthAnswers(Set<String> managers, HealthReports reports, HealthWeights weights, Today today, Messages messages) {
        this.managers = Set.copyOf(managers);
        this.reports = reports;
        this.message = new HealthMessage(messages, weights);
        this.today = today;
        this.messages = messages;
    }

    /** {@code answer} for a manager, the refusal for anyone else. */
    public Reply forManager(String userId, Supplier<Reply> answer) {
        return managers.contains(userId) ? answer.get() : message.refusal(managers, userId);
    }

    public Reply portfolioPage(String teamId, int page) {
        return message.portfolio(reports.portfolio(teamId), page, today.ofTeam());
    }

    /** Scoped to the workspace: a client of another one, or one removed meanwhile, is gone. */
    public Reply detail(String teamId, long clientId) {
        return reports.detail(teamId, clientId).map(message::detail).orElseGet(() -> Reply.say(messages.get("action.gone")));
    }
}
