package app.delight.signals.ics;

import app.delight.signals.CalendarEvent;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads a calendar from its address, as Google Calendar, Outlook and Apple publish one (a secret
 * address is the usual way to share a calendar read-only): {@code webcal://} is read as https. A
 * calendar is bounded in size and in time, so a wrong address cannot hold the scheduler.
 */
public final class IcsFeed {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration WHOLE_REQUEST = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final ZoneId floatingZone;

    /** {@code floatingZone}: where a time without a zone is. */
    public IcsFeed(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    /** The calendar's events; an answer other than 200 or a body over 20 MB is an {@link IOException}. */
    public List<CalendarEvent> read(URI address) throws IOException, IcsCalendar.Unreadable {
        URI url = address.getScheme().equalsIgnoreCase("webcal") ? URI.create("https" + address.toString().substring(6)) : address;
        HttpRequest request = HttpRequest.newBuilder(url).timeout(WHOLE_REQUEST).header("Accept", "text/calendar").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a calendar", e);
        }
        try (InputStream body = new Capped(response.body())) {
            if (response.statusCode() != 200) {
                throw new IOException("the calendar's server answered HTTP " + response.statusCode());
            }
            return IcsCalendar.read(body, floatingZone);
        }
    }

    /** Refuses to read past {@link #MAX_BYTES}. */
    private static final class Capped extends FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > MAX_BYTES) {
                throw new IOException("the calendar is over " + MAX_BYTES / (1024 * 1024) + " MB");
            }
        }
    }
}
