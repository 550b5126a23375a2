package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page in headless Chromium, against the real Bolt app ({@link BoltSandbox}): what a
 * person trying Delight does, and that what the bot and the user wrote is only ever shown as text.
 * Skipped where Debian's chromium and chromium-driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxPageTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T16:00:00Z"), ZoneOffset.UTC);
    private BoltSandbox sandbox;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Optional<Path> driver = onPath("chromedriver");
        Optional<Path> chromium = Stream.of("chromium", "chromium-browser", "google-chrome").map(SandboxPageTest::onPath)
                .flatMap(Optional::stream).findFirst();
        boolean browserHere = driver.isPresent() && chromium.isPresent();
        // CI installs Chromium (bin/test): there, a missing browser is a failure, not a reason to skip.
        if ("true".equals(System.getenv("CI"))) {
            assertThat(browserHere).as("chromium and chromedriver on the CI machine").isTrue();
        }
        Assumptions.assumeTrue(browserHere, "no chromium and chromedriver on this machine");
        sandbox = BoltSandbox.start(getClass(), clock, dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
        browser = new ChromeDriver(service, options);
        // The page redraws a message when the bot replaces it; an element found just before is then stale.
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(sandbox.uri("/").toString());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aCardIsShownClickedAndRedrawnAndItsModalWorks() {
        WebElement card = type("/delight acme");
        assertThat(card.findElement(By.cssSelector(".block-header")).getText()).isEqualTo("Acme Corp");
        assertThat(card.findElement(By.cssSelector(".ephemeral-note")).getText()).isEqualTo("Only visible to you");
        assertThat(card.getText()).doesNotContain(":alarm_clock:").doesNotContain(":crystal_ball:").doesNotContain(":bulb:");
        assertThat(card.findElements(By.cssSelector(".emoji"))).isNotEmpty();
        String id = card.getAttribute("data-id");
        screenshot("card");

        card.findElement(By.cssSelector("button[data-action-id='prompt_done']")).click();
        wait.until(ExpectedConditions.stalenessOf(card));
        message(id);
        assertThat(browser.findElements(By.cssSelector(".message[data-id='" + id + "']"))).hasSize(1);

        wait.until(driver -> {
            message(id).findElement(By.cssSelector("button[data-action-id='open_log_touchpoint']")).click();
            return true;
        });
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        assertThat(browser.findElement(By.id("modal-title")).getText()).isEqualTo("Log touchpoint");
        browser.findElement(By.id("modal-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field-error[data-block-id='text']")));
        assertThat(error.getText()).isEqualTo("Please fill out this field.");
        screenshot("modal-error");

        modal.findElement(By.cssSelector(".input-control[data-block-id='text']")).sendKeys("Called about the Q3 report");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        wait.until(driver -> message(id).getText().contains("last contact today"));
    }

    @Test
    void aFollowUpDatedInThePastIsWarnedUnderItsFieldAndKeptWhenSavedAgain() {
        WebElement card = type("/delight acme");
        String id = card.getAttribute("data-id");
        card.findElement(By.cssSelector("button[data-action-id='open_add_follow_up']")).click();
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        modal.findElement(By.cssSelector(".input-control[data-block-id='text']")).sendKeys("Send the signed contract");
        modal.findElement(By.cssSelector(".input-control[data-block-id='due']")).sendKeys("2020-01-01");
        browser.findElement(By.id("modal-submit")).click();

        wait.until(driver -> driver.findElement(By.id("modal")).getText()
                .contains("Wednesday 1 January 2020 was 6 years ago: did you mean Friday 1 January 2027?"));
        screenshot("modal-past-date");
        assertThat(browser.findElement(By.cssSelector(".input-control[data-block-id='text']")).getAttribute("value"))
                .isEqualTo("Send the signed contract");
        browser.findElement(By.id("modal-submit")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        wait.until(driver -> message(id).getText().contains("(due Wednesday 1 January 2020)"));
    }

    @Test
    void aFollowUpTypedWithAPastDateTakesTheSuggestedDateWithOneClick() {
        WebElement question = type("/delight acme followup send the renewal deck by 2020-01-01");
        assertThat(question.getText()).contains("did you mean Friday 1 January 2027?", "Nothing is saved until you choose.");
        String id = question.getAttribute("data-id");
        screenshot("past-date-question");

        question.findElement(By.cssSelector("button[data-action-id='past_date_take']")).click();

        wait.until(driver -> message(id).getText().contains("Follow-up added for Acme Corp, due Friday 1 January 2027"));
    }

    @Test
    void whatUsersWroteIsShownAsTextNeverAsMarkup() {
        WebElement card = type("/delight tom");

        assertThat(card.findElement(By.cssSelector(".block-header")).getText())
                .isEqualTo("Tom & <b>Jerry</b> <img src=x onerror=alert(1)>");
        assertThat(browser.findElements(By.cssSelector("#messages img, #messages b"))).isEmpty();
        Object rendered = ((JavascriptExecutor) browser).executeScript(
                "return window.delightSandbox.mrkdwnText(arguments[0]);",
                "*bold* _it_ `c` &lt;b&gt; &amp;amp; :tada: :no_such_emoji: <@U0SANDBOX1> <https://example.com|a link>\nnext");
        assertThat(rendered).isEqualTo("bold it c <b> &amp; \uD83C\uDF89 :no_such_emoji: @Sandbox User a linknext");
    }

    @Test
    void anUnknownCommandIsExplained() {
        int notes = browser.findElements(By.cssSelector(".note.sandbox-error")).size();
        browser.findElement(By.id("composer")).sendKeys("/giphy cats", Keys.ENTER);

        wait.until(driver -> driver.findElements(By.cssSelector(".note.sandbox-error")).size() > notes);
        List<WebElement> errors = browser.findElements(By.cssSelector(".note.sandbox-error"));
        assertThat(errors.get(errors.size() - 1).getText()).contains("/giphy").contains("/delight");
    }

    @Test
    void theHomeTabAddsAClientThroughItsModal() {
        browser.findElement(By.id("nav-home")).click();
        WebElement home = browser.findElement(By.id("home"));
        wait.until(driver -> home.getText().contains("Your clients"));

        home.findElement(By.cssSelector("button[data-action-id='home_add_client']")).click();
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("modal")));
        modal.findElement(By.cssSelector(".input-control[data-block-id='name']")).sendKeys("Initech");
        new Select(modal.findElement(By.cssSelector(".input-control[data-block-id='stage']"))).selectByValue("prospect");
        WebElement start = modal.findElement(By.cssSelector(".input-control[data-block-id='start_date']"));
        assertThat(start.getAttribute("type")).isEqualTo("date");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-01';", start);
        modal.findElement(By.cssSelector(".input-control[data-block-id='channel']")).sendKeys("C0INITECH");
        modal.findElement(By.cssSelector(".input-control[data-block-id='monthly_revenue']")).sendKeys("12k");
        browser.findElement(By.id("modal-submit")).click();
        WebElement revenueError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field-error[data-block-id='monthly_revenue']")));
        assertThat(revenueError.getText()).contains("1200");
        screenshot("add-client");

        WebElement revenue = modal.findElement(By.cssSelector(".input-control[data-block-id='monthly_revenue']"));
        revenue.clear();
        revenue.sendKeys("1200");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("modal")));
        wait.until(driver -> driver.findElement(By.id("home")).getText().contains("Initech"));
        screenshot("home");
        browser.findElement(By.id("nav-channel")).click();
    }

    @Test
    void runningTheNudgesShowsTheDigests() {
        browser.findElement(By.id("nav-channel")).click();
        browser.findElement(By.id("run-nudges")).click();

        wait.until(driver -> driver.findElements(By.cssSelector(".message[data-channel='C0ACME001']")).size() > 0);
        WebElement digest = browser.findElement(By.cssSelector(".message[data-channel='C0ACME001']"));
        assertThat(digest.getAttribute("data-ephemeral")).isEqualTo("false");
        assertThat(digest.findElement(By.cssSelector(".where")).getText()).isEqualTo("Posted in #c0acme001");
        wait.until(driver -> driver.findElements(By.cssSelector(".note:not(.sandbox-error)")).stream()
                .anyMatch(note -> note.getText().contains("digests sent.")));
        screenshot("nudges");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Types a command and returns the bot's answer, the newest message on the page. */
    private WebElement type(String command) {
        int before = browser.findElements(By.cssSelector(".message[data-id]")).size();
        WebElement composer = browser.findElement(By.id("composer"));
        composer.sendKeys(command, Keys.ENTER);
        wait.until(driver -> driver.findElements(By.cssSelector(".message[data-id]")).size() > before);
        List<WebElement> messages = browser.findElements(By.cssSelector(".message[data-id]"));
        assertThat(composer.getAttribute("value")).isEmpty();
        return messages.get(messages.size() - 1);
    }

    /** With -Dsandbox.screenshots=DIR, a PNG of the page at this step, for a person to look at. */
    private void screenshot(String name) {
        String dir = System.getProperty("sandbox.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WebElement message(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message[data-id='" + id + "']")));
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).findFirst();
    }
}
