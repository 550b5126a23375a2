package app.delight.cli;

import app.delight.serve.Delight;
import app.delight.config.ConfigException;
import app.delight.config.Settings;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: the Slack app until the process is told to stop. */
@Command(name = "serve", description = "Run the Slack app (the default command).")
public final class ServeCommand implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    private RootCommand main;

    public ServeCommand() {
    }

    public ServeCommand(RootCommand main) {
        this.main = main;
    }

    @Override
    public void run() {
        Settings settings = Settings.fromEnvironment(main.environment());
        Delight delight;
        try {
            delight = Delight.start(settings, main.clock());
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Delight could not start: " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Delight");
            delight.close();
            stopped.countDown();
        }, "delight-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
