package app.delight.schedule;

import app.delight.engine.NudgeCalendar;
import app.delight.health.WeeklyDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DateBuilder;
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
 * The managers' weekly digest, on Monday at the nudge time. A Monday missed while the app was down is
 * sent when it is back, that Monday within the nudges' sending time only: a stale digest is noise.
 */
@DisallowConcurrentExecution
public final class WeeklyDigestJob implements Job {
    public static final JobKey KEY = JobKey.jobKey("weekly-digest", "delight");
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigestJob.class);

    private final WeeklyDigest digest;
    private final Clock clock;
    private final ZoneId zone;
    private final NudgeCalendar calendar;

    public WeeklyDigestJob(WeeklyDigest digest, Clock clock, ZoneId zone, NudgeCalendar calendar) {
        this.digest = digest;
        this.clock = clock;
        this.zone = zone;
        this.calendar = calendar;
    }

    @Override
    public void execute(JobExecutionContext context) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        if (now.getDayOfWeek() != DayOfWeek.MONDAY || !calendar.isSendingTime(now.toLocalTime())) {
            log.info("Skipped a weekly digest fired late, on {}", now);
            return;
        }
        try {
            digest.send(now.toLocalDate());
        } catch (RuntimeException e) {
            log.warn("The weekly digest failed: {}", e.getMessage());
        }
    }

    public static void schedule(Scheduler scheduler, LocalTime nudgeTime, ZoneId zone) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(WeeklyDigestJob.class).withIdentity(KEY).storeDurably().build();
        Trigger weekly = TriggerBuilder.newTrigger()
                .withIdentity("weekly-digest-monday", "delight")
                .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(DateBuilder.MONDAY, nudgeTime.getHour(),
                        nudgeTime.getMinute()).inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .forJob(job)
                .build();
        scheduler.scheduleJob(job, Set.of(weekly), true);
    }
}
