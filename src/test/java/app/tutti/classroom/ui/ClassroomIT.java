package app.tutti.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.classroom.domain.WorkStatus;
import app.tutti.classroom.service.DashboardRow;
import app.tutti.classroom.service.DashboardService;
import app.tutti.classroom.service.AssignmentService;
import app.tutti.classroom.service.ClassroomService;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole classroom flow in real Chromium: a teacher creates a class and an assignment, two
 * students join with the code and each draws a note in their copy, one submits, the teacher sees
 * both on the dashboard with the right counts, spotlights one (the other student's open class page
 * shows it at once) and returns the submitted one.
 */
class ClassroomIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";

    @Autowired
    DashboardService dashboard;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    AssignmentService assignments;

    @Test
    void teacher_and_two_students_from_joining_to_returned_work() {
        String teacherName = users.register("teacher");
        String aliceName = users.register("alice");
        String bobName = users.register("bob");
        Page teacher = browser.newPage(1440, 760);
        Page alice = browser.newPage(1280, 800);
        Page bob = browser.newPage(1280, 800);
        logIn(teacher, teacherName);
        logIn(alice, aliceName);
        logIn(bob, bobName);
        try {
            flow(teacher, alice, bob, teacherName);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(teacher, "classroom-failed-teacher");
            Browser.screenshot(alice, "classroom-failed-alice");
            Browser.screenshot(bob, "classroom-failed-bob");
            throw e;
        }
    }

    private void flow(Page teacher, Page alice, Page bob, String teacherName) {

        teacher.navigate(url("/classes"));
        teacher.fill("#new-class-name input", "Music 7B");
        teacher.click("#create-class");
        assertThat(teacher.locator("#class-name")).hasText("Music 7B");
        String code = teacher.locator("#class-code").textContent().strip();
        assertThat(code).matches("[A-Z2-9]{6}");

        joinWithCode(alice, code);
        joinWithCode(bob, code);

        teacher.reload();
        assertThat(teacher.locator("#roster vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(Pattern.compile("^Bob$")))).isVisible();
        teacher.click("#new-assignment");
        teacher.fill("#assignment-title input", "Compose a melody");
        teacher.fill("#assignment-instructions textarea", "Four bars in C major.");
        teacher.click("#create-assignment");
        assertThat(teacher.locator("#assignment-heading")).hasText("Compose a melody");
        teacher.click("#publish-assignment");
        assertThat(cell(teacher, "Not started")).hasCount(2);

        drawANote(alice);
        drawANote(bob);
        openAssignment(alice);
        alice.click("#submit-work");
        assertThat(alice.locator("#my-work-state")).containsText("Submitted");

        bob.navigate(url("/classes"));
        bob.locator("#class-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Music 7B")).click();
        assertThat(bob.locator("#class-name")).isVisible();
        assertThat(bob.locator("#spotlight")).isHidden();

        teacher.click("#refresh-dashboard");
        assertThat(cell(teacher, "Submitted").first()).isVisible();
        assertThat(cell(teacher, "In progress").first()).isVisible();
        assertThat(cell(teacher, "Alice 100 %").first()).isVisible();
        assertThat(teacher.locator("#dashboard a:has-text('Alice')")).hasAttribute("href",
                Pattern.compile("projects/.+"));
        assertThat(cell(teacher, "Bob 100 %").first()).isVisible();
        users.logIn(teacherName);
        AssignmentId assignment = assignments.assignments(classrooms.myClasses().getFirst().classroom().id())
                .getFirst().id();
        List<DashboardRow> rows = dashboard.dashboard(assignment);
        assertThat(rows).extracting(DashboardRow::who, DashboardRow::status, DashboardRow::notesWritten)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Alice", WorkStatus.SUBMITTED, 1),
                        org.assertj.core.groups.Tuple.tuple("Bob", WorkStatus.IN_PROGRESS, 1));
        Browser.screenshot(teacher, "classroom-dashboard");

        teacher.locator("vaadin-button[data-work='Alice']:has-text('Spotlight')").click();
        assertThat(bob.locator("#spotlight-link")).containsText("Compose a melody");

        teacher.locator("vaadin-button[data-work='Alice']:has-text('Return')").click();
        teacher.fill("#return-comment textarea", "A lovely first phrase.");
        teacher.fill("#return-grade input", "A");
        teacher.click("#confirm-return");
        assertThat(cell(teacher, "Returned").first()).isVisible();

        openAssignment(alice);
        assertThat(alice.locator("#my-work-state")).containsText("grade A: A lovely first phrase.");
    }

    private void joinWithCode(Page student, String code) {
        student.navigate(url("/classes"));
        student.fill("#join-code input", code.toLowerCase());
        student.click("#join-class");
        assertThat(student.locator("#class-name")).hasText("Music 7B");
    }

    private void openAssignment(Page student) {
        student.navigate(url("/classes"));
        student.locator("#class-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Music 7B"))
                .click();
        student.locator("#assignments vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Compose a melody")).click();
        assertThat(student.locator("#assignment-heading")).hasText("Compose a melody");
    }

    private void drawANote(Page student) {
        openAssignment(student);
        student.click("#open-my-work");
        assertThat(student.locator(ROLL + "[data-ready]")).isVisible();
        Map<String, Double> from = point(student, 0, 72);
        Map<String, Double> to = point(student, 900, 72);
        student.mouse().move(from.get("x"), from.get("y"));
        student.mouse().down();
        student.mouse().move(to.get("x"), to.get("y"), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        student.mouse().up();
        student.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 1");
        student.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> point(Page page, int tick, int pitch) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "([t, p]) => document.querySelector('" + ROLL + "').clientPoint(t, p)", List.of(tick, pitch));
        return Map.of("x", ((Number) p.get("x")).doubleValue(), "y", ((Number) p.get("y")).doubleValue());
    }

    private static Locator cell(Page page, String text) {
        return page.locator("#dashboard vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + text + "$")));
    }
}
