package app.delight.support;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app and the fake Slack for one test class: {@code @RegisterExtension static DelightExtension
 * delight = new DelightExtension();} starts both before the class and stops them after it.
 */
public final class DelightExtension implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> extraEnv;
    private final Clock clock;
    private FakeSlackApi slack;
    private RunningDelight app;

    public DelightExtension() {
        this(Map.of(), Clock.systemUTC());
    }

    public DelightExtension(Map<String, String> extraEnv, Clock clock) {
        this.extraEnv = extraEnv;
        this.clock = clock;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        slack = FakeSlackApi.start();
        String database = TestPostgres.newDatabase(context.getRequiredTestClass().getSimpleName());
        app = RunningDelight.start(slack, database, extraEnv, clock);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    public FakeSlackApi slack() {
        return slack;
    }

    public RunningDelight app() {
        return app;
    }
}
