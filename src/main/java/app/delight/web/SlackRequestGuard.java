package app.delight.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Bolt on {@code /slack/events}: refuses a body over the size cap before reading
 * it, and a request whose Slack signature is missing, wrong, stale or from the future. Only a
 * verified request reaches Bolt, which gets the body it was signed over.
 */
public final class SlackRequestGuard extends StatelessFilter {
    /** Slack's payloads are a few KiB; anything near this is not from Slack. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SlackRequestGuard.class);

    private final Optional<RequestSignature> signature;
    private final Clock clock;

    /** With no signing secret every request is refused: nobody can prove they are Slack. */
    public SlackRequestGuard(Optional<RequestSignature> signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }


    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        if (signature.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "no SLACK_SIGNING_SECRET is set, so no request can be verified");
            return;
        }
        RequestSignature.Verdict verdict = signature.get().verify(
                request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"),
                body,
                clock.instant());
        if (verdict != RequestSignature.Verdict.VALID) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "signature " + verdict.name().toLowerCase().replace('_', ' '));
            return;
        }
        chain.doFilter(new VerifiedRequest(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        log.warn("Refused a request to /slack/events: {}", reason);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        // Closing tells Jetty not to drain an oversized body it was never going to use.
        response.setHeader("Connection", "close");
        response.getWriter().write(status == HttpServletResponse.SC_UNAUTHORIZED ? "invalid request" : "request too large");
    }

    /** The body, or null as soon as it proves longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The request as Bolt sees it: the same headers, and the body already read and verified. */
    private static final class VerifiedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        VerifiedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the verified body is read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
