package app.delight.blocks;

/** Slack's mrkdwn, for showing text a user typed without letting it ping anyone or become a link. */
public final class Mrkdwn {
    private Mrkdwn() {
    }

    /** Escapes the three characters Slack's formatting reserves: {@code <!channel>} shows as typed. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What the user typed: Slack escapes the same three characters in a slash command's text. */
    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
