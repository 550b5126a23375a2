package app.delight.engine.health;

/** Facts shown beside a client's score, never inside it. See {@link HealthModel} for when each is raised. */
public enum HealthFlag {
    /** The client brings more than 20 % of the portfolio's monthly revenue. */
    REVENUE_CONCENTRATION,
    /** Work was given away in secret (not strategically) in the last 90 days. */
    SECRET_FREE_WORK,
    /** The client is in its first 90 days since its start date. */
    NEW_CLIENT,
    /** Red every day of the last 90 days: a frank conversation is due. */
    RED_FOR_90_DAYS
}
