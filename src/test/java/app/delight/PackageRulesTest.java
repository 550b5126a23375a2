package app.delight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How the packages depend on each other, checked on the compiled main classes. The core, {@code
 * engine} and {@code domain}, is pure functions over records: it knows nothing of Slack, Quartz, SQL
 * or the web, nor of the adapters around it, so it is tested with plain data and survives a change of
 * any of them; listed as what it may use, so a new library or adapter is caught too. Around it the
 * packages form no cycle, the views are pure functions free of Bolt, and only the store knows JDBI.
 */
class PackageRulesTest {
    /** The app's own classes, read from where they were compiled to, wherever the build puts its output. */
    private static final JavaClasses APP = new ClassFileImporter().importPath(mainClasses());

    private static Path mainClasses() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEngineUsesOnlyTheJdkTheDomainThePlaybookAndItsMessages() {
        classes().that().resideInAPackage("app.delight.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.delight.engine..", "app.delight.domain..",
                        "app.delight.playbook..", "app.delight.i18n..")
                .check(APP);
    }

    @Test
    void theDomainUsesOnlyTheJdkAndItself() {
        classes().that().resideInAPackage("app.delight.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.delight.domain..")
                .check(APP);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("app.delight.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theViewsKnowNothingOfBoltNorOfTheHandlersThatSendThem() {
        noClasses().that().resideInAPackage("app.delight.blocks..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack.api.bolt..", "app.delight.slack..")
                .check(APP);
    }

    @Test
    void onlyTheStoreUsesJdbi() {
        noClasses().that().resideOutsideOfPackage("app.delight.store..")
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(APP);
    }
}
