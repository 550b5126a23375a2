package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics} in Prometheus's format, with the figures an operator watches, the queue of requests waiting for their turn among them. */
class MetricsTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    @Test
    void metricsCountRequestsPerCommandAndShowThePoolAndNudges() throws Exception {
        delight.app().slashCommand("/delight", "help");
        delight.app().slashCommand("/delight", "zzz log hello");

        HttpResponse<String> metrics = delight.app().get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("delight_slack_requests_seconds_count{kind=\"command\",name=\"/delight help\"} 1")
                .contains("delight_slack_requests_seconds_count{kind=\"command\",name=\"/delight log\"} 1")
                .contains("delight_nudges_sent_total", "delight_nudges_failed_total", "delight_nudges_retried_total",
                        "delight_slack_rate_limited_total", "delight_slack_waiting 0.0", "hikaricp_connections_active", "jvm_memory_used_bytes")
                .doesNotContain("zzz", "hello");
    }
}
