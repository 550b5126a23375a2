package app.delight.config;

/** How the app talks to Slack, decided by which credentials are set. */
public enum SlackMode {
    /** Slack posts requests to {@code /slack/events}, signed with the signing secret. */
    HTTP,
    /** The app opens a WebSocket to Slack with the app-level token; no public URL needed. */
    SOCKET,
    /** No credentials: the app runs without Slack (the sandbox). */
    NONE
}
