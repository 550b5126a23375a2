package app.delight.nudge;

import app.delight.delivery.DeliveryReport;
import app.delight.store.NudgePassRepository;
import app.delight.store.Store;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One nudge pass: plan what is due, write it to the outbox, post everything pending, record the pass. */
public final class NudgePass {
    private static final Logger log = LoggerFactory.getLogger(NudgePass.class);

    private final Store store;
    private final NudgePlanner planner;
    private final OutboxDelivery delivery;
    private final Clock clock;

    public NudgePass(Store store, NudgePlanner planner, OutboxDelivery delivery, Clock clock) {
        this.store = store;
        this.planner = planner;
        this.delivery = delivery;
        this.clock = clock;
    }

    public NudgePassRepository.Pass run(Optional<LocalDate> forDate) {
        Instant started = clock.instant();
        // A client's day is at most a day behind UTC's (UTC-12 until its evening): older plans are done with.
        LocalDate yesterdayInUtc = LocalDate.ofInstant(started, ZoneOffset.UTC).minusDays(1);
        store.useConnection(repositories -> repositories.outbox().forgetPlansBefore(yesterdayInUtc));
        AtomicInteger enqueued = new AtomicInteger();
        int considered = planner.plan(started, forDate, batch -> enqueued.addAndGet(planner.enqueue(batch)));
        DeliveryReport report = delivery.deliverPending();
        NudgePassRepository.Pass pass = new NudgePassRepository.Pass(started, clock.instant(), considered,
                enqueued.get(), report.sent(), report.failed());
        // Passes run every minute; only those that did something are worth keeping.
        if (considered > 0 || report.settled() > 0) {
            store.useConnection(repositories -> repositories.nudgePasses().record(pass));
            log.info(new MessageFormat("Nudge pass: {0,choice,0#no clients|1#1 client|1<{0,number,integer} clients} due,"
                    + " {1,choice,0#no new messages|1#1 new message|1<{1,number,integer} new messages}, {2,number,integer} sent,"
                    + " {3,number,integer} failed, {4,choice,0#no retries|1#1 retry|1<{4,number,integer} retries}", Locale.ENGLISH)
                    .format(new Object[] {considered, enqueued.get(), report.sent(), report.failed(), report.retries()}));
        }
        return pass;
    }
}
