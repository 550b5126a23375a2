package app.delight.schedule;

import app.delight.nudge.NudgePass;
import java.util.Optional;
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
 * The nudge pass, every minute on one node of the cluster. Each client's nudge goes out at the
 * team's nudge time in the client's own time zone, so there is no single daily fire time: every
 * run picks up the clients whose time has come and not yet been served. A run missed while the
 * app was down needs no replay: the next one after start-up serves the day's clients, until the
 * end of their working day, and the outbox keeps anyone from being served twice.
 */
@DisallowConcurrentExecution
public final class NudgeJob implements Job {
    public static final JobKey KEY = JobKey.jobKey("nudge-pass", "delight");
    private static final Logger log = LoggerFactory.getLogger(NudgeJob.class);

    private final NudgePass pass;

    public NudgeJob(NudgePass pass) {
        this.pass = pass;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            pass.run(Optional.empty());
        } catch (RuntimeException e) {
            // The database may be away: the next minute's run tries again, so nothing is lost.
            log.warn("The nudge pass failed and will run again in a minute: {}", e.getMessage());
        }
    }

    /** Schedules the job; every node does so at start-up, and replacing keeps it to one job and one trigger. */
    public static void schedule(Scheduler scheduler) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(NudgeJob.class).withIdentity(KEY).storeDurably().build();
        Trigger everyMinute = TriggerBuilder.newTrigger()
                .withIdentity("nudge-pass-every-minute", "delight")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionDoNothing())
                .forJob(job)
                .build();
        scheduler.scheduleJob(job, Set.of(everyMinute), true);
    }
}
