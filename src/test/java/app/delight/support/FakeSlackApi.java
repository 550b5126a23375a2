package app.delight.support;

import app.delight.sandbox.SandboxConversation;
import app.delight.sandbox.SlackStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The Slack Web API and response URLs for tests: the sandbox's {@link SlackStandIn} answers, as it
 * answers the sandbox's page, for a test workspace ({@link #WORKSPACE}), and this adds what tests
 * need around it: every call recorded, answers fixed in advance, and faults scripted per method
 * (429 with {@code Retry-After}, 5xx, {@code ok:false}, a connection dropped after Slack took the
 * message, Slack's pace per channel).
 *
 * <p>Point the official client at it with {@code SlackConfig.setMethodsEndpointUrlPrefix(fake.apiUrl())}
 * and give Bolt payloads a {@code response_url} of {@link #responseUrl(String)}. Every request is
 * recorded as a {@link SlackCall}, including those the fake refused, so tests can assert both what
 * the app tried and what got through ({@link #delivered(String)}).
 *
 * <p>Expect an {@code auth.test} the app never wrote: the official client (stats on, the
 * default) calls it before the first call of each token to learn the team id, and caches the
 * answer per token for the whole JVM — so it shows up in one test and not the next. Assert on
 * {@link #calls(String)} rather than on the full {@link #calls()} list.
 */
public final class FakeSlackApi implements AutoCloseable {

    /** The {@link SlackCall#method()} of a post to a response URL. */
    public static final String RESPONSE_URL = "response_url";

    /** The workspace the fake's {@code auth.test} names, and its bot. */
    public static final SlackStandIn.Workspace WORKSPACE = new SlackStandIn.Workspace("T0TEST0001", "Delight Test",
            "delight-test", "U0BOT00001", "B0BOT00001", "A0TEST0001");

    private static final String API_PATH = "/api/";
    private static final String RESPOND_PATH = "/respond/";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server leaves Nagle's algorithm on, so each keep-alive answer waits ~40 ms for a
        // delayed ACK (measured: 46 ms a call instead of 4). The JDK reads this once, when the
        // first HttpServer of the JVM starts, so set it before ours does.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    // The requests tests write carry trigger ids of their own, which Slack would not have issued.
    private final SlackStandIn standIn = new SlackStandIn(new SandboxConversation(), WORKSPACE, false);

    // One lock for deciding, recording and waiting: a call's answer (e.g. the every-other count or
    // the per-channel interval) depends on the calls before it, so both must happen atomically.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition callRecorded = lock.newCondition();
    private final List<SlackCall> calls = new ArrayList<>();
    private final Map<String, MethodScript> scripts = new HashMap<>();
    private final Map<String, String> fixedAnswers = new HashMap<>();
    private final Map<String, Long> lastAcceptedPostNanos = new HashMap<>();
    private final Map<String, Integer> dropsLeft = new HashMap<>();
    private Duration perChannelMinInterval;

    private FakeSlackApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Binds 127.0.0.1 on a free port. */
    public static FakeSlackApi start() {
        AtomicInteger threads = new AtomicInteger();
        // Several threads, so an app posting concurrently (or a test waiting on one call while
        // another is in flight) is not serialised by the fake itself.
        ExecutorService executor = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "fake-slack-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.setExecutor(executor);
            FakeSlackApi fake = new FakeSlackApi(server, executor);
            server.createContext(API_PATH, fake::handle);
            server.createContext(RESPOND_PATH, fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("could not start the fake Slack API", e);
        }
    }

    /** The Web API prefix, with its trailing slash: {@code http://127.0.0.1:PORT/api/}. */
    public String apiUrl() {
        return baseUrl + API_PATH;
    }

    /** A response URL the fake accepts; calls to it are recorded with method {@value #RESPONSE_URL}. */
    public String responseUrl(String id) {
        return baseUrl + RESPOND_PATH + id;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- what was called

    /** Every call since the last reset, in arrival order. */
    public List<SlackCall> calls() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    public List<SlackCall> calls(String method) {
        return calls().stream().filter(call -> call.method().equals(method)).toList();
    }

    /** The calls the app was told succeeded (HTTP 2xx and ok:true): what really reached Slack. */
    public List<SlackCall> delivered(String method) {
        return calls(method).stream().filter(SlackCall::answeredOk).toList();
    }

    public SlackCall lastCall(String method) {
        List<SlackCall> matching = calls(method);
        if (matching.isEmpty()) {
            throw new AssertionError("no call to " + method + "; " + describe(calls()));
        }
        return matching.get(matching.size() - 1);
    }

    /**
     * The first call to {@code method} since the last reset, waiting for it if none came yet —
     * for replies the app sends after its ack.
     */
    public SlackCall awaitCall(String method, Duration timeout) {
        return awaitCalls(method, 1, timeout).get(0);
    }

    /** The first {@code count} calls to {@code method} since the last reset, waiting for them. */
    public List<SlackCall> awaitCalls(String method, int count, Duration timeout) {
        long nanosLeft = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<SlackCall> matching = calls.stream().filter(call -> call.method().equals(method)).toList();
                if (matching.size() >= count) {
                    return List.copyOf(matching.subList(0, count));
                }
                if (nanosLeft <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " call(s) to "
                            + method + ", got " + matching.size() + "; " + describe(calls));
                }
                nanosLeft = callRecorded.awaitNanos(nanosLeft);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + method, e);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets calls and everything programmed; ts and view ids keep increasing, as in Slack. */
    public void reset() {
        lock.lock();
        try {
            calls.clear();
            scripts.clear();
            fixedAnswers.clear();
            lastAcceptedPostNanos.clear();
            dropsLeft.clear();
            perChannelMinInterval = null;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- programmed behaviour

    /** Answers every further call to {@code method} with this JSON (HTTP 200). */
    public void answer(String method, String json) {
        try {
            JSON.readTree(json); // fail in the test that wrote it, not in the app that reads it
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
        lock.lock();
        try {
            fixedAnswers.put(method, json);
        } finally {
            lock.unlock();
        }
    }

    /** The next {@code times} calls answer HTTP 429, {@code Retry-After: N}, ok:false ratelimited. */
    public void rateLimit(String method, int retryAfterSeconds, int times) {
        script(method, s -> s.rateLimit(retryAfterSeconds, times));
    }

    /** From now until reset: 1st call ok, 2nd 429, 3rd ok, … */
    public void rateLimitEveryOther(String method, int retryAfterSeconds) {
        script(method, s -> s.rateLimitEveryOther(retryAfterSeconds));
    }

    /** Every further call answers HTTP 200 {@code {"ok":false,"error":error}}, as Slack reports errors. */
    public void failWith(String method, String error) {
        script(method, s -> s.failWith(error));
    }

    /** The next {@code times} calls answer this HTTP status (for 5xx outages). */
    public void failWithStatus(String method, int httpStatus, int times) {
        script(method, s -> s.failWithStatus(httpStatus, times));
    }

    /**
     * Models Slack's "about one message a second per channel": a {@code chat.postMessage} to a
     * channel sooner than {@code minInterval} after the last accepted one to that channel answers
     * 429 with {@code Retry-After: 1}. Refused posts do not restart the interval.
     */
    public void enforcePerChannelRate(Duration minInterval) {
        lock.lock();
        try {
            perChannelMinInterval = minInterval;
        } finally {
            lock.unlock();
        }
    }

    private void script(String method, Consumer<MethodScript> change) {
        lock.lock();
        try {
            change.accept(scripts.computeIfAbsent(method, m -> new MethodScript()));
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- serving

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = path.startsWith(API_PATH) ? path.substring(API_PATH.length()) : RESPONSE_URL;
            if (method.isEmpty() || (method.equals(RESPONSE_URL) && path.length() <= RESPOND_PATH.length())) {
                send(exchange, Reply.slackError(404, "unknown_method"));
                return;
            }
            Map<String, String> params = Collections.unmodifiableMap(SlackStandIn.params(
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestURI().getRawQuery(), body));
            String token = SlackStandIn.token(exchange.getRequestHeaders().getFirst("Authorization"), params).orElse(null);
            if (dropsAfterAccepting(method)) {
                // Slack took the message, then the connection broke before its answer: closing the
                // exchange without a response is exactly what the client sees then.
                record(new SlackCall(method, params, body, token, Instant.now(), 200, true, path));
                return;
            }
            send(exchange, answerAndRecord(method, params, body, token, path));
        } catch (RuntimeException e) {
            // a bug in the fake must show up as a failing call, not as a hung or reset connection
            send(exchange, Reply.text(500, "fake Slack API failed: " + e));
        } finally {
            exchange.close();
        }
    }

    /** The next {@code times} calls to {@code method} are accepted (and count as delivered), then the connection drops. */
    public void dropConnectionAfterAccepting(String method, int times) {
        lock.lock();
        try {
            dropsLeft.put(method, times);
        } finally {
            lock.unlock();
        }
    }

    private boolean dropsAfterAccepting(String method) {
        lock.lock();
        try {
            int left = dropsLeft.getOrDefault(method, 0);
            if (left <= 0) {
                return false;
            }
            dropsLeft.put(method, left - 1);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void record(SlackCall call) {
        lock.lock();
        try {
            calls.add(call);
            callRecorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Reply answerAndRecord(String method, Map<String, String> params, String body, String token, String path) {
        lock.lock();
        try {
            boolean responseUrl = method.equals(RESPONSE_URL);
            Reply reply = decide(method, params, body, token, path);
            boolean answeredOk = reply.status() / 100 == 2 && (responseUrl || saysOk(reply.body()));
            calls.add(new SlackCall(method, params, body, token, Instant.now(), reply.status(), answeredOk, path));
            callRecorded.signalAll();
            return reply;
        } finally {
            lock.unlock();
        }
    }

    private Reply decide(String method, Map<String, String> params, String body, String token, String path) {
        boolean responseUrl = method.equals(RESPONSE_URL);
        MethodScript script = scripts.get(method);
        Reply fault = script == null ? null : script.nextFault(responseUrl);
        if (fault != null) {
            return fault;
        }
        if (method.equals("chat.postMessage") && tooSoonForChannel(params.get("channel"))) {
            return Reply.rateLimited(1);
        }
        String fixed = fixedAnswers.get(method);
        if (fixed != null) {
            return Reply.json(200, fixed);
        }
        if (responseUrl) {
            // Slack answers a response URL with a bare "ok", not JSON, and a malformed post with its reason
            return standIn.respond(path.substring(RESPOND_PATH.length()), body)
                    ? Reply.text(200, "ok") : Reply.text(400, "invalid_payload");
        }
        return Reply.json(200, standIn.answer(method, params, token).toString());
    }

    private boolean tooSoonForChannel(String channel) {
        if (perChannelMinInterval == null) {
            return false;
        }
        long now = System.nanoTime();
        Long last = lastAcceptedPostNanos.get(channel);
        if (last != null && now - last < perChannelMinInterval.toNanos()) {
            return true;
        }
        lastAcceptedPostNanos.put(channel, now);
        return false;
    }

    private static boolean saysOk(String json) {
        try {
            return JSON.readTree(json).path("ok").asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.retryAfterSeconds() != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(reply.retryAfterSeconds()));
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What the fake answers to one request. */
    record Reply(int status, String contentType, String body, Integer retryAfterSeconds) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json; charset=utf-8", body, null);
        }

        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body, null);
        }

        static Reply slackError(int status, String error) {
            return json(status, JSON.createObjectNode().put("ok", false).put("error", error).toString());
        }

        static Reply rateLimited(int retryAfterSeconds) {
            return new Reply(429, "application/json; charset=utf-8",
                    "{\"ok\":false,\"error\":\"ratelimited\"}", retryAfterSeconds);
        }
    }

    private static String describe(List<SlackCall> seen) {
        if (seen.isEmpty()) {
            return "no calls at all since the last reset";
        }
        LinkedHashSet<String> methods = new LinkedHashSet<>();
        seen.forEach(call -> methods.add(call.method()));
        return "methods seen since the last reset: " + methods;
    }
}
