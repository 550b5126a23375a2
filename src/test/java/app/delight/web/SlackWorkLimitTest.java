package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Requests beyond the limit wait, and get their turn in the order they came. */
class SlackWorkLimitTest {
    private final List<String> entered = new CopyOnWriteArrayList<>();

    @Test
    void requestsBeyondTheLimitWaitAndTakeTheirTurnInArrivalOrder() throws Exception {
        SlackWorkLimit limit = new SlackWorkLimit(1, Duration.ofSeconds(30));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = working(limit, "first", firstMayFinish);
        Thread second = request(limit, "second", null);
        awaitWaiting(limit, 1);
        Thread third = request(limit, "third", null);
        awaitWaiting(limit, 2);

        assertThat(entered).containsExactly("first");

        firstMayFinish.countDown();
        for (Thread thread : List.of(first, second, third)) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(entered).containsExactly("first", "second", "third");
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        SlackWorkLimit limit = new SlackWorkLimit(1, Duration.ofSeconds(30));

        assertThatThrownBy(() -> limit.doFilter(null, null, (request, response) -> {
            throw new IllegalStateException("the handler failed");
        })).hasMessage("the handler failed");
        // Had the turn not come back, the next request would wait out the whole 30 s.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> limit.doFilter(null, null, (request, response) -> entered.add("next")));

        assertThat(entered).containsExactly("next");
    }

    @Test
    void aRequestThatWaitedTooLongGoesAheadWithoutATurnAndTakesNoneBack() throws Exception {
        SlackWorkLimit limit = new SlackWorkLimit(1, Duration.ofMillis(50));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = working(limit, "first", firstMayFinish);

        limit.doFilter(null, null, (request, response) -> entered.add("impatient"));

        assertThat(entered).containsExactly("first", "impatient");
        firstMayFinish.countDown();
        first.join(TimeUnit.SECONDS.toMillis(10));
        // One turn still: while "next" holds it, "after" has to wait out the whole 50 ms again.
        CountDownLatch nextMayFinish = new CountDownLatch(1);
        Thread next = working(limit, "next", nextMayFinish);
        long start = System.nanoTime();
        limit.doFilter(null, null, (request, response) -> entered.add("after"));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        nextMayFinish.countDown();
        next.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(waitedMillis).isGreaterThanOrEqualTo(50);
        assertThat(entered).containsExactly("first", "impatient", "next", "after");
    }

    @Test
    void aLimitOfNoneIsRefused() {
        assertThatThrownBy(() -> new SlackWorkLimit(0, Duration.ofSeconds(1))).hasMessageContaining("at least one");
    }

    private Thread request(SlackWorkLimit limit, String name, CountDownLatch mayFinish) {
        Thread thread = new Thread(() -> {
            try {
                limit.doFilter(null, null, (request, response) -> {
                    entered.add(name);
                    if (mayFinish != null) {
                        try {
                            mayFinish.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, name);
        thread.start();
        return thread;
    }

    /** A request that has its turn and works until {@code mayFinish}. */
    private Thread working(SlackWorkLimit limit, String name, CountDownLatch mayFinish) throws InterruptedException {
        Thread thread = request(limit, name, mayFinish);
        awaitEntered(name);
        return thread;
    }

    private void awaitEntered(String name) throws InterruptedException {
        for (int i = 0; i < 1_000 && !entered.contains(name); i++) {
            Thread.sleep(5);
        }
        assertThat(entered).contains(name);
    }

    private static void awaitWaiting(SlackWorkLimit limit, int count) throws InterruptedException {
        for (int i = 0; i < 1_000 && limit.waiting() < count; i++) {
            Thread.sleep(5);
        }
        assertThat(limit.waiting()).isEqualTo(count);
    }
}
