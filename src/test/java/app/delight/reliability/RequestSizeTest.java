package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A body over 64 KiB is refused with 413 at once, without reading the rest of it. */
class RequestSizeTest {
    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    /** Announces a 50 MB body, sends only its first kilobyte, and reads the status line. */
    private static String statusOfAHugeRequest() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", delight.app().uri("/").getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "X-Slack-Request-Timestamp: 1\r\nX-Slack-Signature: v0=00\r\nContent-Length: " + FIFTY_MEGABYTES
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aFiftyMegabyteBodyGets413WithoutBeingRead() throws Exception {
        Instant start = Instant.now();

        assertThat(statusOfAHugeRequest()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void memoryStaysFlatUnderAStreamOfHugeRequests() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        for (int i = 0; i < 200; i++) {
            assertThat(statusOfAHugeRequest()).contains("413");
        }
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();

        // 200 bodies of 50 MB would be 10 GB: anything read whole would show here.
        assertThat(after - before).isLessThan(64L * 1024 * 1024);
    }
}
