package app.delight.playbook;

/** A cheap, personal gesture that makes a client remember the team. */
public record Surprise(String key, String text, String why) {
}
