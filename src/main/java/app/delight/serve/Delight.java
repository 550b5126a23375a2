package app.delight.serve;

import app.delight.clients.Calendars;
import app.delight.clients.ClientDirectory;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.config.SlackMode;
import app.delight.delivery.Delivery;
import app.delight.delivery.SlackPoster;
import app.delight.health.HealthWatch;
import app.delight.health.WeeklyDigest;
import app.delight.i18n.Messages;
import app.delight.metrics.Metrics;
import app.delight.nudge.NudgePass;
import app.delight.nudge.Nudges;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.sandbox.DeferredServlet;
import app.delight.sandbox.Sandbox;
import app.delight.sandbox.SandboxConversation;
import app.delight.schedule.CalendarJob;
import app.delight.schedule.ClusteredScheduler;
import app.delight.schedule.HealthSnapshotJob;
import app.delight.schedule.NudgeJob;
import app.delight.schedule.WeeklyDigestJob;
import app.delight.signals.ics.IcsFeed;
import app.delight.slack.Collaborators;
import app.delight.slack.SlackApp;
import app.delight.slack.SlackWorkspace;
import app.delight.store.Database;
import app.delight.store.StoreException;
import app.delight.store.Workspaces;
import app.delight.web.LivenessServlet;
import app.delight.web.MetricsServlet;
import app.delight.web.NotConnectedServlet;
import app.delight.web.RequestSignature;
import app.delight.web.SlackRequestGuard;
import app.delight.web.SlackWorkLimit;
import app.delight.web.WebServer;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import org.quartz.Job;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running app: database, Slack transport and web server, wired by hand and closed in reverse. */
public final class Delight implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Delight.class);

    private final Deque<AutoCloseable> parts;
    private final WebServer web;
    private final Optional<SandboxConversation> sandbox;

    private Delight(Deque<AutoCloseable> parts, WebServer web, Optional<SandboxConversation> sandbox) {
        this.parts = parts;
        this.web = web;
        this.sandbox = sandbox;
    }

    /**
     * Starts the app. The web server comes first (so {@code /healthz} answers while the rest starts, and
     * the sandbox's stand-in for Slack is up before Bolt's first call to it); {@code /slack/events}
     * answers 503 until the Bolt app behind it is ready.
     */
    public static Delight start(Settings configured, Clock clock) throws Exception {
        Playbook playbook = PlaybookLoader.configured(configured);
        Deque<AutoCloseable> parts = new ArrayDeque<>();
        WebServer web = null;
        try {
            Database database = Database.open(configured);
            parts.push(database);
            Metrics metrics = new Metrics();
            database.reportPoolTo(metrics.registry());
            AtomicReference<Optional<ClusteredScheduler>> scheduler = new AtomicReference<>(Optional.empty());
            DeferredServlet slackEvents = new DeferredServlet();
            Map<String, HttpServlet> servlets = new LinkedHashMap<>();
            servlets.put("/healthz", new LivenessServlet(() -> liveness(database, scheduler.get())));
            servlets.put("/metrics", new MetricsServlet(metrics));
            Optional<Sandbox> sandbox = configured.slackMode() == SlackMode.NONE
                    ? Optional.of(Sandbox.mount(servlets, clock)) : Optional.empty();
            Optional<RequestSignature> signature = sandbox.map(Sandbox::signature)
                    .or(() -> configured.signingSecret().map(secret -> new RequestSignature(secret.reveal())));
            SlackRequestGuard guard = new SlackRequestGuard(signature, clock);
            SlackWorkLimit workLimit = SlackWorkLimit.twoPerProcessor(Database.POOL_CONNECTIONS);
            metrics.waitingRequests(workLimit::waiting);
            web = new WebServer(configured.port(), List.of(guard, workLimit), slackEvents, servlets);
            web.start();
            int port = web.port();

            Settings settings = sandbox.map(page -> page.started(configured, port)).orElse(configured);
            Slack slack = SlackApp.client(settings);
            parts.push(slack);
            String token = settings.botToken().map(Secret::reveal).orElseThrow();
            if (sandbox.isEmpty()) {
                SlackWorkspace.of(slack, token).ifPresent(workspace -> welcome(workspace, database));
            }
            ExecutorService afterAck = Executors.newFixedThreadPool(4, daemonThreads("delight-after-ack"));
            parts.push(() -> shutDown(afterAck));
            Delivery delivery = new Delivery(new SlackPoster(slack, token));
            parts.push(delivery);
            Messages messages = Messages.forLocale(settings.locale(), clock);
            // One directory and one set of reports for the app and its jobs: each keeps a team's clients or
            // past scores in memory once.
            ClientDirectory directory = new ClientDirectory(database.store());
            HealthReports reports = new HealthReports(database.store(), directory, playbook, new Today(clock, settings.timezone()));
            HealthWatch watch = new HealthWatch(database.store(), reports, delivery, messages);
            App app = SlackApp.build(settings, slack, database.store(), metrics, Collaborators.wire(settings, database.store(),
                    playbook, clock, afterAck, delivery, directory, reports, watch));
            WeeklyDigest weekly = new WeeklyDigest(database.store(), reports, delivery, messages, settings.managers(),
                    settings.managersChannel());
            NudgePass nudges = Nudges.pass(settings, database.store(), playbook, clock, delivery, metrics);
            Calendars calendars = new Calendars(database.store(), clock);
            IcsFeed feed = new IcsFeed(settings.timezone());
            List<URI> calendarUrls = settings.calendarUrls().stream().map(url -> URI.create(url.reveal())).toList();
            ClusteredScheduler node = startScheduler(settings, database, Map.of(
                    NudgeJob.class, () -> new NudgeJob(nudges),
                    HealthSnapshotJob.class, () -> new HealthSnapshotJob(watch),
                    WeeklyDigestJob.class, () -> new WeeklyDigestJob(weekly, clock, settings.timezone(), Nudges.calendar(settings)),
                    CalendarJob.class, () -> new CalendarJob(calendars, calendarUrls, feed::read)));
            parts.push(node);

            if (settings.slackMode() == SlackMode.SOCKET) {
                slackEvents.set(new NotConnectedServlet());
                SocketModeApp socketMode = new SocketModeApp(settings.appToken().map(Secret::reveal).orElseThrow(), app);
                socketMode.startAsync();
                parts.push(socketMode::close);
                log.info("Connected to Slack over Socket Mode");
            } else {
                slackEvents.set(new SlackAppServlet(app));
            }
            // /healthz reads "starting" until now, so a load balancer sends Slack's requests only once they are served.
            scheduler.set(Optional.of(node));
            sandbox.ifPresent(page -> page.open(nudges, settings, database, clock));
            afterAck.execute(() -> warmUp(reports, database));
            log.info("Delight is listening on port {} ({})", port, sandbox.isPresent() ? "sandbox" : settings.slackMode() + " mode");
            return new Delight(parts, web, sandbox.map(Sandbox::conversation));
        } catch (Exception | Error e) {
            if (web != null) {
                web.close();
            }
            closeAll(parts);
            throw e;
        }
    }

    /** The first portfolio of a large team reads 90 days of scores: done now, in the background, not while a manager waits. */
    private static void warmUp(HealthReports reports, Database database) {
        try {
            long start = System.nanoTime();
            List<String> teams = new Workspaces(database.store()).teamsWithClients();
            reports.warmUp(teams);
            log.info("Warmed up the clients and past health scores of {} workspace(s) in {} ms", teams.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not warm up the portfolio at start-up (it will be read on first use): {}", e.getMessage());
        }
    }

    private static ClusteredScheduler startScheduler(Settings settings, Database database,
            Map<Class<? extends Job>, Supplier<? extends Job>> jobs) throws SchedulerException {
        ClusteredScheduler scheduler = new ClusteredScheduler(database.dataSource(), ClusteredScheduler.jobs(jobs));
        try {
            NudgeJob.schedule(scheduler.quartz());
            HealthSnapshotJob.schedule(scheduler.quartz(), settings.nudgeTime(), settings.timezone());
            WeeklyDigestJob.schedule(scheduler.quartz(), settings.nudgeTime(), settings.timezone());
            CalendarJob.schedule(scheduler.quartz());
            scheduler.start();
            return scheduler;
        } catch (SchedulerException | RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    /** What /healthz reports: the database, the scheduler (off without Slack), and the last nudge pass. */
    private static LivenessServlet.Liveness liveness(Database database, Optional<ClusteredScheduler> scheduler) {
        boolean up = database.isReachable();
        LivenessServlet.SchedulerState state = scheduler
                .map(node -> node.isRunning() ? LivenessServlet.SchedulerState.RUNNING : LivenessServlet.SchedulerState.STOPPED)
                .orElse(LivenessServlet.SchedulerState.STARTING);
        return new LivenessServlet.Liveness(up, state, up ? lastPass(database) : Optional.empty());
    }

    private static Optional<LivenessServlet.LastPass> lastPass(Database database) {
        try {
            return database.store().withConnection(repositories -> repositories.nudgePasses().last())
                    .map(pass -> new LivenessServlet.LastPass(pass.finishedAt(), pass.clients(), pass.enqueued(), pass.sent(),
                            pass.failed()));
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Lets work already acknowledged to Slack finish, so a click is not lost to a shutdown. */
    private static void shutDown(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Work after acknowledgement still running at shutdown was abandoned");
            executor.shutdownNow();
        }
    }

    private static void welcome(SlackWorkspace workspace, Database database) {
        log.info("Connected to the Slack workspace {} ({}) as bot user {}", workspace.teamName(), workspace.teamId(),
                workspace.botUserId());
        int adopted = new Workspaces(database.store()).adoptLocalData(workspace.teamId());
        if (adopted > 0) {
            log.info("Moved {} clients imported before the workspace was known into {}", adopted, workspace.teamId());
        }
    }

    /** What the sandbox page shows, when this is the sandbox. */
    public Optional<SandboxConversation> sandboxConversation() {
        return sandbox;
    }

    public int port() {
        return web.port();
    }

    /** Stops taking requests first (finishing those in flight), then the rest in reverse order of start. */
    @Override
    public void close() {
        try {
            web.close();
        } catch (Exception e) {
            log.warn("The web server did not stop cleanly: {}", e.getMessage());
        }
        closeAll(parts);
    }

    private static void closeAll(Deque<AutoCloseable> parts) {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("{} did not close cleanly: {}", part.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
