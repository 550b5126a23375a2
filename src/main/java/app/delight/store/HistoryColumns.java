package app.delight.store;

/**
 * The columns each history table is read with: the components of its record, which {@link Mappings}
 * builds it from. Shared by the one client's statements ({@link HistoryRepository}) and the whole
 * team's ({@link PortfolioRepository}).
 */
final class HistoryColumns {
    static final String TOUCHPOINT = "id, client_id, author_id, text, occurred_at";
    static final String FOLLOW_UP = "id, client_id, author_id, text, due_on, status, created_at";
    static final String STRUGGLE = "id, client_id, author_id, text, observed_at, status";
    static final String NPS_ANSWER = "id, client_id, score, comment, recorded_by, answered_at";
    static final String FREE_WORK = "id, client_id, hours, kind, text, recorded_by, given_at";
    static final String INCIDENT = "id, client_id, text, recorded_by, occurred_at";
    static final String PROMPT_RESPONSE = "client_id, prompt_key, prompt_kind AS kind, response, snoozed_until, responded_by, "
            + "responded_at";

    private HistoryColumns() {
    }
}
