package app.delight;

import app.delight.cli.RootCommand;

/** {@code java -jar delight.jar …}: hands the arguments to the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RootCommand.runAndExit(args);
    }
}
