package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.web.RequestSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    // Slack's published example (api.slack.com/authentication/verifying-requests-from-slack).
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final Instant SENT = Instant.ofEpochSecond(1531420618);

    private final RequestSignature signature = new RequestSignature(SECRET);

    @Test
    void signsSlacksPublishedExampleAsSlackDoes() {
        assertThat(signature.sign(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void acceptsSlacksPublishedExample() {
        assertThat(signature.verify(TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(30))).isEqualTo(Verdict.VALID);
    }

    @Test
    void refusesTheExampleWithOneDigitChanged() {
        String wrong = SIGNATURE.substring(0, SIGNATURE.length() - 1) + "4";
        assertThat(signature.verify(TIMESTAMP, wrong, BODY, SENT)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void refusesABodyAlteredAfterSigning() {
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("text=", "text=help").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(TIMESTAMP, SIGNATURE, altered, SENT)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void refusesARequestSixMinutesOld() {
        assertThat(signature.verify(TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(6 * 60))).isEqualTo(Verdict.STALE);
    }

    @Test
    void acceptsARequestJustUnderFiveMinutesOld() {
        assertThat(signature.verify(TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(299))).isEqualTo(Verdict.VALID);
    }

    @Test
    void refusesARequestDatedMoreThanAMinuteAhead() {
        assertThat(signature.verify(TIMESTAMP, SIGNATURE, BODY, SENT.minusSeconds(90))).isEqualTo(Verdict.FROM_THE_FUTURE);
    }

    @Test
    void refusesMissingHeaders() {
        assertThat(signature.verify(null, SIGNATURE, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify(TIMESTAMP, null, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify(TIMESTAMP, "", BODY, SENT)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void refusesASchemeOtherThanV0AndANonNumericTimestamp() {
        assertThat(signature.verify(TIMESTAMP, SIGNATURE.replace("v0=", "v1="), BODY, SENT)).isEqualTo(Verdict.MALFORMED);
        assertThat(signature.verify("yesterday", SIGNATURE, BODY, SENT)).isEqualTo(Verdict.MALFORMED);
    }
}
