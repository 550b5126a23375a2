package app.delight.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.FakeSlackApi;
import app.delight.support.SlackCall;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.Slack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DeliveryTest {

    private static final String TOKEN = "xoxb-delight-delivery-test-token";
    private static final String POST = "chat.postMessage";
    /** Fast backoff so transient retries do not slow the suite. */
    private static final Delivery.Options FAST = Delivery.Options.defaults()
            .withPerChannelInterval(Duration.ofMillis(100))
            .withBackoff(Duration.ofMillis(100), Duration.ofMillis(400));

    private final List<AutoCloseable> toClose = new ArrayList<>();
    /** The time the deliveries keep their pace in, unless a test needs the real one. */
    private final VirtualTicker clock = open(new VirtualTicker());
    private FakeSlackApi fake;
    private SlackPoster poster;

    @BeforeEach
    void startFake() {
        fake = open(FakeSlackApi.start());
        poster = new SlackPoster(open(SlackPosterTest.slackAt(fake.apiUrl())), TOKEN);
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private Delivery delivery(Poster poster, Delivery.Options options) {
        return open(new Delivery(poster, options, clock));
    }

    /** {@code poster}, noting on {@link #clock} when each message was posted, in milliseconds. */
    private Poster timed(Poster poster, List<Long> postedAt) {
        return message -> {
            postedAt.add(clock.millis());
            return poster.post(message);
        };
    }

    // ---------------------------------------------------------------- against the fake Slack

    @Test
    void everyMessageIsDeliveredOnceWhenEveryOtherPostIsRateLimited() {
        fake.rateLimitEveryOther(POST, 1);
        List<Outgoing> batch = messages(3, 3);
        Recorder recorder = new Recorder();

        DeliveryReport report = delivery(poster, FAST).deliver(batch, recorder);

        List<String> deliveredTexts = fake.delivered(POST).stream().map(call -> call.param("text")).toList();
        assertThat(deliveredTexts).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(Outgoing::text).toList());
        long refused = fake.calls(POST).stream().filter(call -> call.status() == 429).count();
        assertThat(refused).isPositive();
        assertThat(report.sent()).isEqualTo(9);
        assertThat(report.failed()).isZero();
        assertThat(report.rateLimited()).isEqualTo((int) refused);
        assertThat(recorder.sentIds()).containsExactlyInAnyOrderElementsOf(ids(batch));
        assertThat(recorder.retried).allSatisfy(why -> assertThat(why).isInstanceOf(PostResult.RateLimited.class));
        assertOrderPerChannel(batch, fake.delivered(POST));
    }

    @Test
    void messagesToOneChannelKeepTheirOrderAndPace() {
        List<Outgoing> batch = List.of(
                Outgoing.text(1, "C1", "first"), Outgoing.text(2, "C1", "second"),
                Outgoing.text(3, "C1", "third"), Outgoing.text(4, "C1", "fourth"));
        List<Long> postedAt = new CopyOnWriteArrayList<>();

        DeliveryReport report = delivery(timed(poster, postedAt), FAST.withPerChannelInterval(Duration.ofMillis(200))).deliver(batch);

        assertThat(fake.delivered(POST)).extracting(call -> call.param("text")).containsExactly("first", "second", "third", "fourth");
        assertThat(report.sent()).isEqualTo(4);
        assertThat(postedAt).containsExactly(0L, 200L, 400L, 600L);
        assertThat(report.wallTime()).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void differentChannelsAreServedInParallel() {
        List<Outgoing> batch = messages(20, 3);
        List<Long> postedAt = new CopyOnWriteArrayList<>();

        DeliveryReport report = delivery(timed(poster, postedAt), FAST.withPerChannelInterval(Duration.ofMillis(300))).deliver(batch);

        assertThat(report.sent()).isEqualTo(60);
        assertThat(fake.delivered(POST)).hasSize(60);
        // every channel's first message at once, then its second 300 ms later, then its third: one channel
        // after another would take 20 × 3 × 300 ms = 18 s
        assertThat(postedAt.stream().collect(Collectors.groupingBy(millis -> millis, Collectors.counting())))
                .isEqualTo(Map.of(0L, 20L, 300L, 20L, 600L, 20L));
        assertThat(report.wallTime()).isEqualTo(Duration.ofMillis(600));
        assertOrderPerChannel(batch, fake.delivered(POST));
    }

    @Test
    void aChannelTheBotIsNotInFailsWithAHintAndOthersStillGo() {
        // The fake programs faults per method, not per channel: a second fake stands for Slack as
        // seen from the channel the bot was never invited to.
        FakeSlackApi notInChannel = open(FakeSlackApi.start());
        notInChannel.failWith(POST, "not_in_channel");
        SlackPoster refusing = new SlackPoster(open(SlackPosterTest.slackAt(notInChannel.apiUrl())), TOKEN);
        Poster routing = m -> m.channel().equals("C0GONE") ? refusing.post(m) : poster.post(m);
        List<Outgoing> batch = List.of(
                Outgoing.text(1, "C0GONE", "gone-1"), Outgoing.text(2, "C1", "c1-1"),
                Outgoing.text(3, "C0GONE", "gone-2"), Outgoing.text(4, "C2", "c2-1"),
                Outgoing.text(5, "C1", "c1-2"));
        Recorder recorder = new Recorder();
        ListAppender<ILoggingEvent> logs = captureLogs();

        DeliveryReport report = delivery(routing, FAST).deliver(batch, recorder);

        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.sent()).isEqualTo(3);
        assertThat(report.retries()).isZero();
        assertThat(notInChannel.calls(POST)).hasSize(2); // each tried once, the second not held back
        assertThat(fake.delivered(POST)).extracting(call -> call.param("text"))
                .containsExactlyInAnyOrder("c1-1", "c1-2", "c2-1");
        assertThat(recorder.failures).hasSize(2).allSatisfy(failure -> {
            assertThat(failure.error()).isEqualTo("not_in_channel");
            assertThat(failure.hint()).contains("/invite @Delight");
        });
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("C0GONE", "not_in_channel", "/invite @Delight")
                        .doesNotContain(TOKEN));
    }

    @Test
    void aServerErrorIsRetriedWithBackoffThenSucceeds() {
        fake.failWithStatus(POST, 500, 2);
        Recorder recorder = new Recorder();
        List<Long> postedAt = new CopyOnWriteArrayList<>();

        DeliveryReport report = delivery(timed(poster, postedAt), FAST)
                .deliver(List.of(Outgoing.text(1, "C1", "after the outage")), recorder);

        List<SlackCall> calls = fake.calls(POST);
        assertThat(calls).extracting(SlackCall::status).containsExactly(500, 500, 200);
        assertThat(calls).extracting(call -> call.param("text")).containsOnly("after the outage");
        assertThat(report).extracting(DeliveryReport::sent, DeliveryReport::failed, DeliveryReport::retries)
                .containsExactly(1, 0, 2);
        assertThat(recorder.retried).hasSize(2).allSatisfy(why -> assertThat(why).isInstanceOf(PostResult.Transient.class));
        // 100 ms, then 200 ms: the backoff doubles
        assertThat(postedAt).containsExactly(0L, 100L, 300L);
        assertThat(recorder.sentIds()).containsExactly(1L);
    }

    @Test
    void aSkippedClaimIsNotPosted() {
        List<Outgoing> batch = List.of(
                Outgoing.text(1, "C1", "one"), Outgoing.text(2, "C1", "two"), Outgoing.text(3, "C1", "three"));
        Recorder recorder = new Recorder(Set.of(2L));

        DeliveryReport report = delivery(poster, FAST).deliver(batch, recorder);

        assertThat(fake.calls(POST)).extracting(call -> call.param("text")).containsExactly("one", "three");
        assertThat(report).extracting(DeliveryReport::sent, DeliveryReport::skipped).containsExactly(2, 1);
        // claims are made one at a time, just before each post, not all up front
        assertThat(recorder.events).containsExactly("claimed 1", "sent 1", "claimed 2", "claimed 3", "sent 3");
    }

    @Test
    void theContentPostedIsWhatTheClaimRead() {
        fake.rateLimitEveryOther(POST, 1);
        List<Outgoing> batch = List.of(Outgoing.contentReadWhenClaimed(1, "C1"), Outgoing.contentReadWhenClaimed(2, "C2"));
        List<Long> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeliveryListener readsOnClaim = new DeliveryListener() {
            @Override
            public Optional<Outgoing> claim(Outgoing message) {
                read.add(message.id());
                return Optional.of(Outgoing.text(message.id(), message.channel(), "read for " + message.id()));
            }
        };

        DeliveryReport report = delivery(poster, FAST).deliver(batch, readsOnClaim);

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.rateLimited()).isPositive();
        assertThat(fake.calls(POST)).extracting(call -> call.param("text")).containsOnly("read for 1", "read for 2");
        assertThat(read).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aClaimAnsweringAnotherMessageIsNotPosted() {
        List<Outgoing> batch = List.of(Outgoing.text(1, "C1", "one"));
        DeliveryListener swaps = new DeliveryListener() {
            @Override
            public Optional<Outgoing> claim(Outgoing message) {
                return Optional.of(Outgoing.text(99, "C9", "not this one"));
            }
        };

        DeliveryReport report = delivery(poster, FAST).deliver(batch, swaps);

        assertThat(fake.calls(POST)).isEmpty();
        assertThat(report.skipped()).isEqualTo(1);
    }

    @Test
    void theFakeEnforcingOneMessagePerSecondPerChannelSeesNo429FromUs() {
        fake.enforcePerChannelRate(Duration.ofMillis(950));
        List<Outgoing> batch = messages(4, 3);
        Delivery.Options oneASecond = FAST.withPerChannelInterval(Duration.ofSeconds(1));

        // The fake counts real time, so this delivery keeps its pace in real time too.
        DeliveryReport report = open(new Delivery(poster, oneASecond, Ticker.system(oneASecond.workers()))).deliver(batch);

        assertThat(fake.calls(POST)).extracting(SlackCall::status).containsOnly(200).hasSize(12);
        assertThat(report.sent()).isEqualTo(12);
        assertThat(report.rateLimited()).isZero();
        assertOrderPerChannel(batch, fake.delivered(POST));
    }

    // ---------------------------------------------------------------- with stub posters

    @Test
    void aRateLimitedMessageIsRetriedBeforeTheNextOneOfItsChannel() {
        List<Long> attempts = new CopyOnWriteArrayList<>();
        List<Long> postedAt = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Poster stub = m -> {
            attempts.add(m.id());
            return calls.getAndIncrement() < 2
                    ? new PostResult.RateLimited(Duration.ofMillis(150))
                    : new PostResult.Sent("ts-" + m.id());
        };
        List<Outgoing> batch = List.of(Outgoing.text(1, "C1", "a"), Outgoing.text(2, "C1", "b"));

        DeliveryReport report = delivery(timed(stub, postedAt), FAST.withPerChannelInterval(Duration.ofMillis(10))).deliver(batch);

        assertThat(attempts).containsExactly(1L, 1L, 1L, 2L);
        assertThat(report).extracting(DeliveryReport::sent, DeliveryReport::retries, DeliveryReport::rateLimited)
                .containsExactly(2, 2, 2);
        // Retry-After twice, then the channel's interval before the next message
        assertThat(postedAt).containsExactly(0L, 150L, 300L, 310L);
        assertThat(report.wallTime()).isEqualTo(Duration.ofMillis(310));
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterMaxAttemptsAndTheNextOneStillGoes() {
        Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Poster stub = m -> {
            attempts.computeIfAbsent(m.id(), id -> new AtomicInteger()).incrementAndGet();
            return m.id() == 1 ? new PostResult.Transient("internal_error") : new PostResult.Sent("ts");
        };
        Recorder recorder = new Recorder();
        Delivery.Options options = FAST.withMaxAttempts(3).withBackoff(Duration.ofMillis(20), Duration.ofMillis(40));

        DeliveryReport report = delivery(stub, options)
                .deliver(List.of(Outgoing.text(1, "C1", "doomed"), Outgoing.text(2, "C1", "fine")), recorder);

        assertThat(attempts.get(1L)).hasValue(3);
        assertThat(attempts.get(2L)).hasValue(1);
        assertThat(report).extracting(DeliveryReport::sent, DeliveryReport::failed, DeliveryReport::retries)
                .containsExactly(1, 1, 2);
        assertThat(recorder.failures).singleElement().satisfies(f -> {
            assertThat(f.message().id()).isEqualTo(1L);
            assertThat(f.error()).isEqualTo("internal_error");
        });
    }

    @Test
    void aPosterThatThrowsIsRetriedAndAFailingCallbackDoesNotRepost() {
        AtomicInteger calls = new AtomicInteger();
        Poster flaky = m -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("boom");
            }
            return new PostResult.Sent("ts-1");
        };
        DeliveryListener brokenStore = new DeliveryListener() {
            @Override
            public void sent(Outgoing message, String ts) {
                throw new IllegalStateException("database down");
            }
        };

        DeliveryReport report = delivery(flaky, FAST).deliver(List.of(Outgoing.text(1, "C1", "x")), brokenStore);

        assertThat(calls).hasValue(2);
        assertThat(report).extracting(DeliveryReport::sent, DeliveryReport::retries).containsExactly(1, 1);
    }

    @Test
    void oneDeliveryServesSeveralBatchesAndAnEmptyOne() {
        Delivery delivery = delivery(poster, FAST);

        assertThat(delivery.deliver(List.of()).settled()).isZero();
        assertThat(delivery.deliver(messages(2, 1)).sent()).isEqualTo(2);
        assertThat(delivery.deliver(messages(2, 1)).sent()).isEqualTo(2);
        assertThat(fake.delivered(POST)).hasSize(4);
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        Delivery.Options options = Delivery.Options.defaults();

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(options::backoff).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code channels × perChannel} messages, channel-major ids, interleaved across channels. */
    private static List<Outgoing> messages(int channels, int perChannel) {
        List<Outgoing> batch = new ArrayList<>();
        long id = 1;
        for (int n = 0; n < perChannel; n++) {
            for (int c = 0; c < channels; c++) {
                String channel = "C" + (100 + c);
                batch.add(Outgoing.text(id++, channel, channel + "-message-" + n));
            }
        }
        return batch;
    }

    private static List<Long> ids(List<Outgoing> batch) {
        return batch.stream().map(Outgoing::id).toList();
    }

    private static void assertOrderPerChannel(List<Outgoing> batch, List<SlackCall> delivered) {
        Map<String, List<String>> expected = batch.stream().collect(Collectors.groupingBy(Outgoing::channel,
                Collectors.mapping(Outgoing::text, Collectors.toList())));
        Map<String, List<String>> actual = delivered.stream()
                .sorted((a, b) -> a.at().compareTo(b.at()))
                .collect(Collectors.groupingBy(call -> call.param("channel"),
                        Collectors.mapping(call -> call.param("text"), Collectors.toList())));
        assertThat(actual).isEqualTo(expected);
    }

    private ListAppender<ILoggingEvent> captureLogs() {
        Logger logger = (Logger) LoggerFactory.getLogger(Delivery.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        open(() -> logger.detachAppender(appender));
        return appender;
    }

    record Failure(Outgoing message, String error, String hint) {
    }

    /** Records callbacks; refuses the claims of {@code skip}. */
    static final class Recorder implements DeliveryListener {
        final Set<Long> skip;
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Outgoing> sent = new CopyOnWriteArrayList<>();
        final List<Failure> failures = new CopyOnWriteArrayList<>();
        final List<PostResult> retried = new CopyOnWriteArrayList<>();
        final Map<Long, Instant> claimedAt = new ConcurrentHashMap<>();

        Recorder() {
            this(Set.of());
        }

        Recorder(Set<Long> skip) {
            this.skip = skip;
        }

        @Override
        public Optional<Outgoing> claim(Outgoing m) {
            events.add("claimed " + m.id());
            claimedAt.put(m.id(), Instant.now());
            return skip.contains(m.id()) ? Optional.empty() : Optional.of(m);
        }

        @Override
        public void sent(Outgoing m, String ts) {
            events.add("sent " + m.id());
            sent.add(m);
        }

        @Override
        public void failed(Outgoing m, String error, String hint) {
            events.add("failed " + m.id());
            failures.add(new Failure(m, error, hint));
        }

        @Override
        public void retried(Outgoing m, PostResult why) {
            events.add("retried " + m.id());
            retried.add(why);
        }

        List<Long> sentIds() {
            return sent.stream().map(Outgoing::id).toList();
        }
    }
}
