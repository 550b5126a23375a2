package app.delight.schedule;

import app.delight.clients.Calendars;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every quarter of an hour, on one node of the cluster: the calendars of {@code DELIGHT_CALENDAR_URLS}
 * are read, and meetings that have taken place since (from those calendars or from files imported)
 * become touchpoints. A run missed while the app was down is not replayed: the next one reads the
 * calendars as they are then.
 */
@DisallowConcurrentExecution
public final class CalendarJob implements Job {
    public static final JobKey KEY = JobKey.jobKey("calendars", "delight");
    private static final Logger log = LoggerFactory.getLogger(CalendarJob.class);

    private final Calendars calendars;
    private final List<URI> addresses;
    private final Calendars.Feed feed;

    public CalendarJob(Calendars calendars, List<URI> addresses, Calendars.Feed feed) {
        this.calendars = calendars;
        this.addresses = List.copyOf(addresses);
        this.feed = feed;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            calendars.readAll(addresses, feed);
        } catch (RuntimeException e) {
            // The database may be away: the next run reads everything again, so nothing is lost.
            log.warn("Reading the calendars failed and is tried again in a quarter of an hour: {}", e.getMessage());
        }
    }

    /** Every node schedules it at start-up; replacing keeps it to one job and one trigger. */
    public static void schedule(Scheduler scheduler) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(CalendarJob.class).withIdentity(KEY).storeDurably().build();
        Trigger quarterly = TriggerBuilder.newTrigger()
                .withIdentity("calendars-every-quarter-hour", "delight")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 */15 * * * ?").withMisfireHandlingInstructionDoNothing())
                .forJob(job)
                .build();
        scheduler.scheduleJob(job, Set.of(quarterly), true);
    }
}
