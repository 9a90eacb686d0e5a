package nl.weerbaar.example.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Camunda 7.24 Tasklist as a user sees it: the AngularJS login form, the filters, the task list
 * ({@code ol.tasks-list > li}) with the variables the filter shows, and a task's Camunda Form rendered by form-js.
 */
public final class Tasklist {

    private static final By TASKS = By.cssSelector("ol.tasks-list > li");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    private final Browser browser;
    private final String base;

    public Tasklist(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens Tasklist's login page, in whatever language Tasklist chose for the browser. */
    public Tasklist loginPage() {
        browser.go(base + "/camunda/app/tasklist/");
        browser.await(By.cssSelector("input[ng-model='username']"));
        return this;
    }

    /** The locale Tasklist chose for this browser ({@code $translate.use()}), once it has loaded it. */
    public String locale() {
        return browser.until(driver -> (String) ((JavascriptExecutor) driver).executeScript(
                "var injector = window.angular && angular.element(document.body).injector();"
                        + " return injector ? injector.get('$translate').use() || null : null;"));
    }

    /**
     * The login form's button text once it reads {@code expected}, or whatever it reads when it still does not after
     * the browser's patience: Tasklist translates its page after loading the locale file.
     */
    public String loginButton(String expected) {
        By button = By.cssSelector("form[name='signinForm'] button[type='submit']");
        browser.await(button);
        return eventually(driver -> driver.findElement(button).getText().strip(), expected::equals);
    }

    /** Everything Tasklist shows as text, once it passes the check, or as it is when it still does not. */
    public String pageText(Predicate<String> check) {
        return eventually(driver -> driver.findElement(By.tagName("body")).getText(), check);
    }

    private String eventually(Function<WebDriver, String> reading, Predicate<String> check) {
        try {
            return browser.until(driver -> {
                String text = reading.apply(driver);
                return check.test(text) ? text : null;
            });
        } catch (TimeoutException e) {
            return browser.read(reading);
        }
    }

    public Tasklist logIn(String user, String password) {
        browser.go(base + "/camunda/app/tasklist/");
        browser.type(By.cssSelector("input[ng-model='username']"), user);
        browser.type(By.cssSelector("input[ng-model='password']"), password);
        browser.click(By.cssSelector("button[type='submit']"));
        browser.await(TASKS);
        return this;
    }

    /** The names of the filters the user sees. */
    public List<String> filters() {
        By names = By.cssSelector(".task-filter h4.name a");
        browser.await(names);
        // The focused filter's name is followed by its task count.
        return browser.until(driver -> driver.findElements(names).stream()
                .map(name -> name.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").strip()).toList());
    }

    /** The task list of the selected filter, as cards. */
    public List<TaskCard> tasks() {
        browser.await(TASKS);
        // The filter refreshes the list now and then; read it again when that happens while reading.
        return browser.until(driver -> driver.findElements(TASKS).stream().map(TaskCard::of).toList());
    }

    /** The task with this name whose "Maatregel" variable is this measure's ref. */
    public Optional<TaskCard> measureTask(String name, String ref) {
        return tasks().stream().filter(card -> card.name().equals(name) && ref.equals(card.variable("Maatregel")))
                .findFirst();
    }

    /** Opens the task and waits for its Camunda Form. */
    public Tasklist open(TaskCard card) {
        browser.click(By.cssSelector("ol.tasks-list h4.task a[href$='task=" + card.taskId() + "']"));
        browser.await(By.cssSelector(".fjs-form"));
        return this;
    }

    public Tasklist claimIfNeeded() {
        By claim = By.cssSelector("button[ng-click='claim()']");
        if (browser.read(driver -> driver.findElements(claim).stream().anyMatch(WebElement::isDisplayed))) {
            browser.click(claim);
            browser.until(ExpectedConditions.invisibilityOfElementLocated(claim)::apply);
        }
        return this;
    }

    /** A form field by its key, e.g. {@code owner}; radio buttons by key and index, e.g. {@code applicability-0}. */
    private static By field(String keyOrOption) {
        return By.cssSelector("input[id$='Field_" + keyOrOption + "'], textarea[id$='Field_" + keyOrOption
                + "'], input[id$='Field_" + keyOrOption + "-date']");
    }

    public String readOnly(String variable) {
        By field = By.cssSelector("input[id$='Context_" + variable + "'], textarea[id$='Context_" + variable + "']");
        browser.await(field);
        return browser.until(driver -> driver.findElement(field).getDomProperty("value"));
    }

    public Tasklist choose(String key, int option) {
        browser.click(field(key + "-" + option));
        return this;
    }

    public Tasklist type(String key, String text) {
        browser.type(field(key), text);
        return this;
    }

    public Tasklist complete() {
        dismissNotifications();
        browser.click(COMPLETE);
        return this;
    }

    /** The error form-js shows under the field, before anything is sent. */
    public String fieldError() {
        return browser.until(driver -> driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    /** The text of the first visible error notification Tasklist shows (the server's refusal). */
    public String errorNotification() {
        By alert = By.cssSelector(".page-notifications .alert-danger .message");
        return browser.until(driver -> driver.findElements(alert).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    public void dismissNotifications() {
        for (WebElement close : browser.all(By.cssSelector(".page-notifications .close"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (StaleElementReferenceException gone) {
                // Already closed.
            }
        }
    }

    /** One task in the list: its name, its id and the variables the filter shows (label → value). */
    public record TaskCard(String name, String taskId, Map<String, String> variables) {

        static TaskCard of(WebElement element) {
            WebElement link = element.findElement(By.cssSelector("h4.task a"));
            String href = link.getDomAttribute("href");
            Map<String, String> variables = new LinkedHashMap<>();
            for (WebElement item : element.findElements(By.cssSelector(".variable-item"))) {
                String label = item.findElement(By.cssSelector(".variable-label")).getText().strip();
                item.findElements(By.cssSelector(".variable-value")).stream().findFirst().ifPresent(value ->
                        variables.put(label.replaceAll(":$", ""), value.getDomAttribute("uib-tooltip")));
            }
            return new TaskCard(link.getText().strip(), href.substring(href.indexOf("task=") + "task=".length()),
                    Map.copyOf(variables));
        }

        public String variable(String label) {
            return variables.get(label);
        }
    }
}
