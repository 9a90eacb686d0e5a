package nl.weerbaar.example.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both are named explicitly: Selenium Manager would try
 * to download a driver, and nothing outside the package registries is reachable. Every browser gets a fresh
 * profile, deleted when it is closed, and asks for one language: English unless told otherwise. Headless Chromium
 * ignores {@code --lang} for {@code navigator.languages} and {@code Accept-Language}; the profile's
 * {@code intl.accept_languages} preference sets both.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The language a browser asks for unless told otherwise (see {@link #open(String)}). */
    public static final String ENGLISH = "en-US";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String language) {
        try {
            profile = Files.createTempDirectory("weerbaar-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--window-size=1440,1000", "--lang=" + language,
                "--user-data-dir=" + profile);
        String primary = language.split("-")[0];
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                primary.equals(language) ? language : language + "," + primary));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // AngularJS re-renders the page as data arrives: an element found a moment ago may be replaced by now.
        // A click may land on a notification that is just fading out.
        wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class);
    }

    /** Why browser tests cannot run here, or {@code null} when they can. */
    public static String unavailableBecause() {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                return executable + " not found (Debian packages chromium and chromium-driver; .ci/run installs them)";
            }
        }
        return null;
    }

    /**
     * Skips the calling test class when Chromium or chromedriver is missing, with a message — or fails it, when
     * {@code WEERBAAR_REQUIRE_BROWSER=true}, as in CI.
     */
    public static void assumeAvailable() {
        String missing = unavailableBecause();
        if (missing != null && Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Browser tests required (WEERBAAR_REQUIRE_BROWSER): " + missing);
        }
        if (missing != null) {
            System.out.println("[weerbaar] Browser tests skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, () -> "Browser tests skipped: " + missing);
    }

    /** A browser asking for English ({@value #ENGLISH}). */
    public static Browser open() {
        return open(ENGLISH);
    }

    /** A browser whose first language is this one, a BCP 47 tag such as {@code nl-NL}. */
    public static Browser open(String language) {
        return new Browser(language);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** Clicks like a person: scrolled into view first, so fixed headers and footers are not in the way. */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Finds, scrolls to and clicks the element, again if the page re-rendered it or something covered it. */
    public void click(By locator) {
        act(locator, element -> element.click());
    }

    /** Finds the field, clicks into it and types, again if the page re-rendered it in between. */
    public void type(By locator, String text) {
        act(locator, element -> {
            element.click();
            element.sendKeys(text);
        });
    }

    private void act(By locator, java.util.function.Consumer<WebElement> action) {
        wait.until(driver -> {
                    WebElement element = driver.findElement(locator);
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                            element);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    action.accept(element);
                    return true;
                });
    }

    /** Reads something off the page now, reading again if the page re-rendered it meanwhile. */
    public <T> T read(java.util.function.Function<WebDriver, T> reading) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reading.apply(driver);
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the function returns a value (not null, not false), trying again when the page re-renders. */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /**
     * Where the browser tests save a screenshot for the docs: the build's {@code weerbaar.screenshots} directory,
     * {@code docs/} for Camunda 7 (README shows them), {@code target/screenshots} for the Operaton build.
     */
    public static Path docs(String name) {
        return Path.of(System.getProperty("weerbaar.screenshots", "../docs"), name);
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
