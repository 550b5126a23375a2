package app.delight.playbook;

/** How much each part counts in a client's health score; the weights sum to 1. */
public record HealthWeights(double nps, double recency, double followUps, double engagement, double struggles,
        double incidents) {

    public double sum() {
        return nps + recency + followUps + engagement + struggles + incidents;
    }
}
