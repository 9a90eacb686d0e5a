package nl.weerbaar.bpmn.continuity.internal;

import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;

import static nl.weerbaar.bpmn.continuity.ContinuityVariables.*;

/**
 * Records when the next continuity review is (the next configured review day after today) and whether that
 * review must fully update the list of critical systems, which BIO 5.30.02 wants at least every three years.
 */
public final class PlanNextReviewDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarContinuityPlanNextReview";

    /** BIO 5.30.02: the list of critical systems is updated at least this often. */
    public static final Period CRITICAL_SYSTEMS_LIST_INTERVAL = Period.ofYears(3);

    private final WeerbaarSettings settings;
    private final ZoneId zone;
    private final Deadlines deadlines;

    public PlanNextReviewDelegate(WeerbaarSettings settings) {
        this.settings = settings;
        this.zone = settings.zone();
        this.deadlines = new Deadlines(settings);
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        MonthDay reviewDay = settings.continuity().reviewDate();
        LocalDate nextReview = nextOccurrence(reviewDay, today);
        Object given = execution.getVariable(LAST_FULL_INVENTORY_DATE);
        LocalDate lastFull = given == null || given.toString().isBlank() ? today : deadlines.toLocalDate(given);
        LocalDate listDueDate = lastFull.plus(CRITICAL_SYSTEMS_LIST_INTERVAL);
        execution.setVariable(NEXT_REVIEW_DATE, nextReview.toString());
        execution.setVariable(LAST_FULL_INVENTORY_DATE, lastFull.toString());
        execution.setVariable(CRITICAL_SYSTEMS_LIST_DUE_DATE, listDueDate.toString());
        execution.setVariable(CRITICAL_SYSTEMS_LIST_DUE, listDue(listDueDate, reviewDay, nextReview));
    }

    /** The first day after {@code after} that falls on {@code day}; 29 February becomes 28 February in common years. */
    public static LocalDate nextOccurrence(MonthDay day, LocalDate after) {
        LocalDate sameYear = day.atYear(after.getYear());
        return sameYear.isAfter(after) ? sameYear : day.atYear(after.getYear() + 1);
    }

    /**
     * Whether the next review must update the list of critical systems: if it does not, the list would be older
     * than allowed before the review after it.
     */
    public static boolean listDue(LocalDate listDueDate, MonthDay reviewDay, LocalDate nextReview) {
        return listDueDate.isBefore(nextOccurrence(reviewDay, nextReview));
    }
}
