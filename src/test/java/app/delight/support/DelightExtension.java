package app.delight.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app and the fake Slack for one test class: {@code @RegisterExtension static DelightExtension
 * delight = new DelightExtension();} starts both before the class and stops them after it;
 * {@link #withClients} imports client files first, {@link #forgettingCallsBeforeEach} gives each
 * test a fake Slack that has seen nothing yet.
 */
public final class DelightExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final Map<String, String> extraEnv;
    private final Clock clock;
    private List<String> clientFiles = List.of();
    private boolean forgetCalls;
    private FakeSlackApi slack;
    private RunningDelight app;

    public DelightExtension() {
        this(Map.of(), Clock.systemUTC());
    }

    public DelightExtension(Map<String, String> extraEnv, Clock clock) {
        this.extraEnv = extraEnv;
        this.clock = clock;
    }

    /** Imports these files of {@code src/test/resources/clients/} into the test workspace once the app is up. */
    public DelightExtension withClients(String... resources) {
        clientFiles = List.of(resources);
        return this;
    }

    /** Forgets the calls the fake Slack recorded before each test, so a test sees only its own. */
    public DelightExtension forgettingCallsBeforeEach() {
        forgetCalls = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        slack = FakeSlackApi.start();
        String database = TestPostgres.newDatabase(context.getRequiredTestClass().getSimpleName());
        app = RunningDelight.start(slack, database, extraEnv, clock);
        clientFiles.forEach(file -> TestData.importClients(database, file));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (forgetCalls) {
            slack.reset();
        }
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
