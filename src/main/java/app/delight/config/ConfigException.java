package app.delight.config;

/** A setting the app cannot start with; the message is the one line shown to the operator. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
