package app.delight.playbook;

/** The team's own targets ("optimal, not maximal"): the share of clients green, and the portfolio NPS. */
public record Targets(double healthyShare, int nps) {
}
