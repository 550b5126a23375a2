package app.delight.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * What {@code GET /metrics} serves, in Prometheus format: Slack requests by kind and name with their
 * latency, requests waiting for their turn, nudges sent, failed and retried, Slack's 429s, the
 * connection pool (through HikariCP's own metrics) and the JVM.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter nudgesSent;
    private final Counter nudgesFailed;
    private final Counter nudgesRetried;
    private final Counter slackRateLimited;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        nudgesSent = Counter.builder("delight.nudges.sent").description("Nudge messages Slack accepted").register(registry);
        nudgesFailed = Counter.builder("delight.nudges.failed").description("Nudge messages given up").register(registry);
        nudgesRetried = Counter.builder("delight.nudges.retried").description("Nudge post attempts repeated").register(registry);
        slackRateLimited = Counter.builder("delight.slack.rate_limited")
                .description("Slack answers of 429 (rate limited)").register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** One request from Slack handled: its kind (command, action, view, event), its name and how long the ack took. */
    public void request(String kind, String name, Duration took) {
        Timer.builder("delight.slack.requests")
                .description("Requests from Slack, by kind and name, until acknowledged")
                .tags("kind", kind, "name", name)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(took);
    }

    /** How many of Slack's requests wait for their turn to be worked on, read at each scrape. */
    public void waitingRequests(IntSupplier waiting) {
        // Held strongly: Micrometer keeps a gauge's object by a weak reference, and nothing else keeps this one.
        Gauge.builder("delight.slack.waiting", waiting, IntSupplier::getAsInt)
                .description("Requests from Slack waiting for their turn to be worked on")
                .strongReference(true)
                .register(registry);
    }

    public void nudgeSent() {
        nudgesSent.increment();
    }

    public void nudgeFailed() {
        nudgesFailed.increment();
    }

    public void nudgeRetried(boolean rateLimited) {
        nudgesRetried.increment();
        if (rateLimited) {
            slackRateLimited.increment();
        }
    }

    public String scrape() {
        return registry.scrape();
    }
}
