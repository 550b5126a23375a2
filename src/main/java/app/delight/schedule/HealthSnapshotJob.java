package app.delight.schedule;

import app.delight.health.HealthWatch;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;
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
 * Every day, just before the nudges: each client's health snapshot, which the trend, the "red for 90
 * days" flag and early warnings read. A day missed while the app was down is taken when it is back.
 */
@DisallowConcurrentExecution
public final class HealthSnapshotJob implements Job {
    public static final JobKey KEY = JobKey.jobKey("health-snapshots", "delight");
    private static final Logger log = LoggerFactory.getLogger(HealthSnapshotJob.class);

    private final HealthWatch watch;

    public HealthSnapshotJob(HealthWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            log.info("Stored {} health snapshots", watch.snapshotAll());
        } catch (RuntimeException e) {
            log.warn("Health snapshots failed; they are taken again tomorrow: {}", e.getMessage());
        }
    }

    public static void schedule(Scheduler scheduler, LocalTime nudgeTime, ZoneId zone) throws SchedulerException {
        LocalTime at = nudgeTime.minusMinutes(15);
        JobDetail job = JobBuilder.newJob(HealthSnapshotJob.class).withIdentity(KEY).storeDurably().build();
        Trigger daily = TriggerBuilder.newTrigger()
                .withIdentity("health-snapshots-daily", "delight")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute()).inTimeZone(
                        TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .forJob(job)
                .build();
        scheduler.scheduleJob(job, Set.of(daily), true);
    }
}
