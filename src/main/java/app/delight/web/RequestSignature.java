package app.delight.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256 of {@code v0:timestamp:body} keyed
 * with the signing secret. Checked here rather than trusting Bolt alone, because Bolt compares
 * signatures in non-constant time and accepts timestamps from the future.
 */
public final class RequestSignature {
    public static final String VERSION = "v0";
    /** Slack's own advice: refuse requests more than five minutes old, which stops replays. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** A little clock skew is normal; a request from further ahead is forged or replay-prepared. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(1);

    public enum Verdict { VALID, MISSING, STALE, FROM_THE_FUTURE, MALFORMED, MISMATCH }

    private final byte[] key;

    public RequestSignature(String signingSecret) {
        this.key = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, byte[] body) {
        Mac mac = mac();
        mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    public Verdict verify(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED;
        }
        Instant sent = Instant.ofEpochSecond(seconds);
        if (sent.isBefore(now.minus(MAX_AGE))) {
            return Verdict.STALE;
        }
        if (sent.isAfter(now.plus(MAX_AHEAD))) {
            return Verdict.FROM_THE_FUTURE;
        }
        if (!signature.startsWith(VERSION + "=")) {
            return Verdict.MALFORMED;
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
