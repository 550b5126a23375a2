package app.delight.blocks;

import java.util.Optional;

/**
 * What a card button is about, carried in its value: the client and the prompt's key. The client
 * is looked up again within the clicking workspace, so a value naming another workspace's client
 * finds nothing.
 */
public record PromptAction(long clientId, String promptKey) {
    private static final char SEPARATOR = '|';

    public String encode() {
        return clientId + String.valueOf(SEPARATOR) + promptKey;
    }

    public static Optional<PromptAction> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        if (separator <= 0 || separator == value.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PromptAction(Long.parseLong(value.substring(0, separator)), value.substring(separator + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
