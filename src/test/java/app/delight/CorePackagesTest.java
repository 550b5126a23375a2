package app.delight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core, {@code engine} and {@code domain}, is pure functions over records: it knows nothing of
 * Slack, Quartz, SQL or the web, and nothing of the adapters around it, so it is tested with plain
 * data and survives a change of any of them.
 */
class CorePackagesTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.delight");

    @Test
    void theCoreUsesNoSlackQuartzSqlOrWebLibrary() {
        noClasses().that().resideInAnyPackage("app.delight.engine..", "app.delight.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "org.quartz..", "org.jdbi..", "java.sql..",
                        "javax.sql..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "javax.servlet..", "org.eclipse.jetty..")
                .check(APP);
    }

    @Test
    void theCoreUsesNoneOfTheAdaptersAroundIt() {
        noClasses().that().resideInAnyPackage("app.delight.engine..", "app.delight.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("app.delight.slack..", "app.delight.store..",
                        "app.delight.schedule..", "app.delight.web..", "app.delight.clients..", "app.delight.nudge..",
                        "app.delight.delivery..", "app.delight.sandbox..", "app.delight.cli..", "app.delight.health..")
                .check(APP);
    }

    @Test
    void theDomainDependsOnNothingElseOfTheApp() {
        noClasses().that().resideInAPackage("app.delight.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("app.delight.engine..", "app.delight.playbook..",
                        "app.delight.i18n..", "app.delight.config..")
                .check(APP);
    }
}
