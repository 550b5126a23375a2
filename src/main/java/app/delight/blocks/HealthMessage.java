package app.delight.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.delight.clients.HealthReports;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.HealthFlag;
import app.delight.engine.health.HealthModel;
import app.delight.engine.health.Part;
import app.delight.engine.health.PortfolioHealth;
import app.delight.i18n.Messages;
import app.delight.playbook.HealthWeights;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /client-health} as Block Kit: the portfolio worst first, in pages, and one client in detail. */
public final class HealthMessage {
    /** Clients a page: with the header, targets and paging, a page stays under Slack's 50 blocks. */
    public static final int PAGE_SIZE = 40;

    private final Messages messages;
    private final HealthWeights weights;

    public HealthMessage(Messages messages, HealthWeights weights) {
        this.messages = messages;
        this.weights = weights;
    }

    /** Who may see the portfolio, told to someone who may not; nothing about any client. */
    public Reply refusal(Set<String> managers, String userId) {
        String granters = managers.isEmpty() ? messages.get("health.refused.nobody")
                : managers.stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
        return Reply.say(messages.get("health.refused", granters, userId));
    }

    public static int pages(PortfolioHealth health) {
        return Math.max(1, (health.worstFirst().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public Reply portfolio(HealthReports.Portfolio portfolio, int page, LocalDate today) {
        PortfolioHealth health = portfolio.health();
        int pages = pages(health);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(messages.get("health.title")))));
        blocks.add(section(s -> s.text(markdownText(targets(health)))));
        blocks.add(divider());
        if (health.worstFirst().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(messages.get("health.empty")))));
        }
        health.worstFirst().stream().skip((long) shown * PAGE_SIZE).limit(PAGE_SIZE)
                .forEach(client -> blocks.add(section(s -> s.text(markdownText(line(client, portfolio, today))))));
        if (pages > 1) {
            blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("health.page", shown + 1, pages))))));
            List<BlockElement> paging = new ArrayList<>();
            if (shown > 0) {
                paging.add(button(b -> b.actionId(ActionIds.HEALTH_PREVIOUS).text(plainText(messages.get("health.previous")))
                        .value(String.valueOf(shown - 1))));
            }
            if (shown < pages - 1) {
                paging.add(button(b -> b.actionId(ActionIds.HEALTH_NEXT).text(plainText(messages.get("health.next")))
                        .value(String.valueOf(shown + 1))));
            }
            blocks.add(actions("health-paging", paging));
        }
        return new Reply(messages.get("health.title"), blocks);
    }

    private String targets(PortfolioHealth health) {
        int targetPercent = (int) Math.round(health.targets().healthyShare() * 100);
        String greenGap = health.greenShort() > 0 ? messages.get("health.targets.short", health.greenShort())
                : messages.get("health.targets.met");
        String nps = health.nps() == null ? messages.get("health.nps.none") : signed(health.nps());
        String npsGap = health.npsShort() == null ? "" : health.npsShort() > 0
                ? messages.get("health.targets.short", health.npsShort()) : messages.get("health.targets.met");
        return messages.get("health.targets", health.green(), health.worstFirst().size(),
                (int) Math.round(health.greenShare() * 100), targetPercent, greenGap, nps, signed(health.targets().nps()), npsGap);
    }

    private String line(ClientHealth client, HealthReports.Portfolio portfolio, LocalDate today) {
        LocalDate last = portfolio.lastContact().get(client.client().id());
        String contact = last == null ? messages.get("health.contact.never")
                : messages.get("health.contact.days", ChronoUnit.DAYS.between(last, today));
        String flags = client.flags().stream().map(flag -> " · " + flag(flag, client, portfolio.totalRevenue()))
                .collect(Collectors.joining());
        return messages.get("health.line", colour(client.colour()), client.score(), messages.get("health.trend." + client.trend().name()),
                Mrkdwn.escape(client.client().name()), client.nps() == null ? "–" : signed(client.nps()), contact,
                portfolio.overdue().getOrDefault(client.client().id(), 0), flags);
    }

    String flag(HealthFlag flag, ClientHealth client, BigDecimal totalRevenue) {
        return messages.get("health.flag." + flag.name(),
                HealthModel.revenueSharePercent(client.client().monthlyRevenue(), totalRevenue));
    }

    public Reply detail(HealthReports.Detail detail) {
        ClientHealth health = detail.health();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(CardMessage.truncate(health.client().name(), 150)))));
        String flags = health.flags().stream().map(flag -> " · " + flag(flag, health, detail.totalRevenue()))
                .collect(Collectors.joining());
        blocks.add(section(s -> s.text(markdownText(messages.get("health.detail.score", health.score(), colour(health.colour()),
                messages.get("health.trend." + health.trend().name()), flags)))));
        blocks.add(section(s -> s.text(markdownText(messages.get("health.detail.parts", parts(health))))));
        blocks.add(divider());
        blocks.add(list(messages.get("health.detail.touchpoints"), detail.recentTouchpoints(),
                t -> messages.get("health.detail.dated", dayOf(t.occurredAt()), t.text())));
        blocks.add(list(messages.get("health.detail.followUps"), detail.openFollowUps(),
                f -> f.dueOn() == null ? f.text() : messages.get("health.detail.dated", f.dueOn(), f.text())));
        blocks.add(list(messages.get("health.detail.struggles"), detail.openStruggles(), s -> s.text()));
        BigDecimal strategic = hours(detail.freeWork(), FreeWork.Kind.STRATEGIC);
        BigDecimal secret = hours(detail.freeWork(), FreeWork.Kind.SECRET);
        blocks.add(section(s -> s.text(markdownText(messages.get("health.detail.freeWork", strategic, secret)))));
        blocks.add(list(messages.get("health.detail.incidents"), detail.incidents(),
                i -> messages.get("health.detail.dated", dayOf(i.occurredAt()), i.text())));
        return new Reply(messages.get("health.detail.fallback", health.client().name(), health.score()), blocks);
    }

    private String parts(ClientHealth health) {
        Map<Part, Integer> known = health.parts();
        List<String> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            Integer value = known.get(part);
            parts.add(messages.get("health.detail.part." + part.key()) + " " + (value == null ? messages.get("health.detail.unknown") : value)
                    + " (" + Math.round(part.weightIn(weights) * 100) + " %)");
        }
        return String.join(" · ", parts);
    }

    private <T> LayoutBlock list(String title, List<T> items, Function<T, String> text) {
        String body = items.isEmpty() ? messages.get("health.detail.none")
                : items.stream().map(item -> "• " + Mrkdwn.escape(text.apply(item))).collect(Collectors.joining("\n"));
        return section(s -> s.text(markdownText(CardMessage.truncate(title + "\n" + body, CardMessage.MAX_SECTION_TEXT))));
    }

    /** The day something happened, as the lists have always dated it: in UTC. */
    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static BigDecimal hours(List<FreeWork> work, FreeWork.Kind kind) {
        return work.stream().filter(w -> w.kind() == kind).map(FreeWork::hours).reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
    }

    static String colour(HealthColour colour) {
        switch (colour) {
            case GREEN:
                return ":large_green_circle:";
            case YELLOW:
                return ":large_yellow_circle:";
            default:
                return ":red_circle:";
        }
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }
}
