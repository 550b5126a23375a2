package app.delight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's end of Socket Mode: the WebSocket the app opens with the URL that
 * {@code apps.connections.open} gave it. It greets each connection with {@code hello} as Slack
 * does, sends envelopes (a slash command, an event, an interaction) and records every message the
 * app sends back, so a test can wait for the acknowledgement of an envelope and read its payload.
 */
public final class FakeSocketMode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<JsonNode> received = new ArrayList<>();
    private WebSocket connection;

    private FakeSocketMode() {
    }

    /** Listens on 127.0.0.1, on a free port; answer {@code apps.connections.open} with {@link #connectionsOpenAnswer()}. */
    public static FakeSocketMode start() {
        FakeSocketMode fake = new FakeSocketMode();
        fake.server.setReuseAddr(true);
        fake.server.start();
        fake.awaitStarted();
        return fake;
    }

    /** What {@code apps.connections.open} answers: this server's address. */
    public String connectionsOpenAnswer() {
        return "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + server.getPort() + "/link\"}";
    }

    /** Waits until the app has connected. */
    public void awaitConnection(Duration timeout) {
        await(timeout, () -> connection != null && connection.isOpen(), "the app to connect over Socket Mode");
    }

    /**
     * Sends a payload in a new envelope, as Slack does, and returns the envelope's id.
     *
     * @param type {@code slash_commands}, {@code events_api} or {@code interactive}
     * @param retryAttempt 0 for a first delivery; Slack counts its retries of an event from 1
     */
    public String send(String type, ObjectNode payload, int retryAttempt) {
        String envelopeId = UUID.randomUUID().toString();
        ObjectNode envelope = JSON.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", type)
                .put("accepts_response_payload", !type.equals("events_api"))
                .put("retry_attempt", retryAttempt)
                .put("retry_reason", retryAttempt == 0 ? "" : "timeout");
        envelope.set("payload", payload);
        lock.lock();
        try {
            if (connection == null) {
                throw new AssertionError("the app is not connected over Socket Mode; it sent: " + received);
            }
            connection.send(envelope.toString());
        } finally {
            lock.unlock();
        }
        return envelopeId;
    }

    /** The app's acknowledgement of an envelope: {@code {"envelope_id": …, "payload": …}}, the payload missing when empty. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        await(timeout, () -> {
            for (JsonNode message : received) {
                if (envelopeId.equals(message.path("envelope_id").asText())) {
                    found[0] = message;
                    return true;
                }
            }
            return false;
        }, "the acknowledgement of envelope " + envelopeId);
        return found[0];
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitStarted() {
        await(Duration.ofSeconds(10), () -> server.started, "the fake Socket Mode server to start");
    }

    private void await(Duration timeout, BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + "; the app sent: " + received);
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    private void changed(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private final class Server extends WebSocketServer {
        private volatile boolean started;

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            changed(() -> started = true);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0TEST0001\"},"
                    + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600}}");
            changed(() -> connection = socket);
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(message);
            } catch (IOException e) {
                throw new UncheckedIOException("the app sent something that is not JSON: " + message, e);
            }
            changed(() -> received.add(parsed));
        }

        @Override
        public void onMessage(WebSocket socket, ByteBuffer message) {
            // Socket Mode is text: recorded, so the test waiting for an answer says what came instead.
            changed(() -> received.add(JSON.createObjectNode().put("fake_error", "a binary message of "
                    + message.remaining() + " bytes")));
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            changed(() -> {
                if (connection == socket) {
                    connection = null;
                }
            });
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
            changed(() -> received.add(JSON.createObjectNode().put("fake_error", e.toString())));
        }
    }

}
