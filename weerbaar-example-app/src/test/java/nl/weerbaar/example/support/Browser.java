package nl.weerbaar.example.support;

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
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both are named explicitly: Selenium Manager would try
 * to download a driver, and nothing outside the package registries is reachable. Every browser gets a fresh
 * profile, deleted when it is closed.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser() {
        try {
            profile = Files.createTempDirectory("weerbaar-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--window-size=1440,1000", "--lang=nl-NL",
                "--user-data-dir=" + profile);
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

    public static Browser open() {
        return new Browser();
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
