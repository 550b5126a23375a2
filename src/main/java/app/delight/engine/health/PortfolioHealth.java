package app.delight.engine.health;

import app.delight.domain.HealthColour;
import app.delight.domain.NpsAnswer;
import app.delight.playbook.Targets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The portfolio against the team's own targets ("optimal, not maximal"): how far it is from them, not
 * from 100 %.
 *
 * @param worstFirst  every client, lowest score first, then by name (ignoring case), then by id
 * @param green       clients green; likewise {@code yellow} and {@code red}
 * @param greenShare  green / clients, 0 to 1; 0 with no client
 * @param greenNeeded the fewest green clients that meet the target: ⌈target share × clients⌉
 * @param greenShort  green clients missing to meet the target, 0 when it is met
 * @param nps         % promoters − % detractors over all the answers given, −100 to 100; null when none
 * @param npsAnswers  how many answers the NPS is over
 * @param npsShort    points of NPS missing to meet the target, 0 when met; null when there is no NPS
 * @param risks       the risks a team gives in to bad requests over, see {@link #RISK_FLAGS}
 */
public record PortfolioHealth(
        List<ClientHealth> worstFirst,
        int green,
        int yellow,
        int red,
        double greenShare,
        Targets targets,
        int greenNeeded,
        int greenShort,
        Integer nps,
        int npsAnswers,
        Integer npsShort,
        List<Risk> risks) {

    /** The flags listed as portfolio risks, in this order. */
    public static final List<HealthFlag> RISK_FLAGS = List.of(HealthFlag.REVENUE_CONCENTRATION,
            HealthFlag.SECRET_FREE_WORK, HealthFlag.RED_FOR_90_DAYS);

    /** Lowest score first, then by name ignoring case, then by id. */
    public static final Comparator<ClientHealth> WORST_FIRST = Comparator.comparingInt(ClientHealth::score)
            .thenComparing(health -> health.client().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(health -> health.client().id());

    /** A client with a risk flag. */
    public record Risk(HealthFlag flag, ClientHealth client) {
        public Risk {
            Objects.requireNonNull(flag, "flag");
            Objects.requireNonNull(client, "client");
        }
    }

    public PortfolioHealth {
        worstFirst = List.copyOf(worstFirst);
        Objects.requireNonNull(targets, "targets");
        risks = List.copyOf(risks);
    }

    /**
     * The portfolio of {@code clients}. {@code npsAnswers} are all the answers of the last 180 days, of
     * every client (the caller picks the window).
     */
    public static PortfolioHealth of(List<ClientHealth> clients, List<NpsAnswer> npsAnswers, Targets targets) {
        List<ClientHealth> sorted = clients.stream().sorted(WORST_FIRST).toList();
        int green = count(sorted, HealthColour.GREEN);
        int yellow = count(sorted, HealthColour.YELLOW);
        int red = count(sorted, HealthColour.RED);
        double share = sorted.isEmpty() ? 0 : (double) green / sorted.size();
        int needed = BigDecimal.valueOf(targets.healthyShare()).multiply(BigDecimal.valueOf(sorted.size()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        Integer nps = HealthParts.netPromoterScore(npsAnswers);
        Integer npsShort = nps == null ? null : Math.max(0, targets.nps() - nps);
        List<Risk> risks = new ArrayList<>();
        for (HealthFlag flag : RISK_FLAGS) {
            sorted.stream().filter(health -> health.has(flag)).forEach(health -> risks.add(new Risk(flag, health)));
        }
        return new PortfolioHealth(sorted, green, yellow, red, share, targets, needed, Math.max(0, needed - green), nps,
                npsAnswers.size(), npsShort, risks);
    }

    public int clients() {
        return worstFirst.size();
    }

    /** The green share as a whole percentage, rounded half up: 8 of 13 → 62. */
    public int greenPercent() {
        return percent(greenShare);
    }

    /** The target share as a whole percentage: 0.8 → 80. */
    public int targetPercent() {
        return percent(targets.healthyShare());
    }

    /** Both targets met (an unknown NPS does not count as missing it). */
    public boolean onTarget() {
        return greenShort == 0 && (npsShort == null || npsShort == 0);
    }

    /** The risks of one kind, worst client first. */
    public List<Risk> risks(HealthFlag flag) {
        return risks.stream().filter(risk -> risk.flag() == flag).toList();
    }

    private static int count(List<ClientHealth> clients, HealthColour colour) {
        return (int) clients.stream().filter(health -> health.colour() == colour).count();
    }

    private static int percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
