package app.delight.clients;

/** Who asked, from where: the workspace every read and write is scoped to, and the user. */
public record Caller(String teamId, String userId) {
}
