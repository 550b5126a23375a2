package app.delight.store;

import java.util.List;

/**
 * Which workspace data belongs to when no Slack request says so (a command-line import). Data kept
 * under {@link #LOCAL} is handed to the real workspace the first time the app learns which it is.
 */
public final class Workspaces {
    /** The workspace of data imported before the app knew its Slack workspace. */
    public static final String LOCAL = "T0LOCAL";

    private final Store store;

    public Workspaces(Store store) {
        this.store = store;
    }

    /** The teams that have clients, for an import that must guess which one it is for. */
    public List<String> teamsWithClients() {
        return store.withHandle(handle -> handle.createQuery("SELECT DISTINCT team_id FROM clients ORDER BY team_id")
                .mapTo(String.class)
                .list());
    }

    /**
     * Moves the local workspace's clients, and through the foreign keys everything about them, to
     * {@code teamId}; nothing moves if a name would clash with a client the team has already.
     *
     * @return how many clients moved
     */
    public int adoptLocalData(String teamId) {
        return store.inHandleTransaction(handle -> {
            boolean clash = handle.createQuery("SELECT EXISTS (SELECT 1 FROM clients local JOIN clients team "
                            + "ON lower(local.name) = lower(team.name) WHERE local.team_id = :local AND team.team_id = :team)")
                    .bind("local", LOCAL)
                    .bind("team", teamId)
                    .mapTo(Boolean.class)
                    .one();
            if (clash) {
                return 0;
            }
            return handle.createUpdate("UPDATE clients SET team_id = :team, updated_at = now() WHERE team_id = :local")
                    .bind("local", LOCAL)
                    .bind("team", teamId)
                    .execute();
        });
    }
}
