package app.delight.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every line logged anywhere in the JVM while open, with its stack trace, for tests of what must never be logged. */
public final class CapturedLogs implements AutoCloseable {
    private final Logger root;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs(Logger root) {
        this.root = root;
    }

    public static CapturedLogs start() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        CapturedLogs logs = new CapturedLogs(logging.getLogger(Logger.ROOT_LOGGER_NAME));
        logs.appender.setContext(logging);
        logs.appender.start();
        logs.root.addAppender(logs.appender);
        return logs;
    }

    /** Each line as its message, then its stack trace when it has one. */
    public List<String> lines() {
        List<ILoggingEvent> events;
        // The appender adds under its own lock, from whichever thread logs.
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
