package app.tutti.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.service.ClassroomService;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The classroom views driven without a browser: create, join by link, wrong codes. */
class ClassroomViewsTest extends KaribuTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void creating_a_class_opens_its_page_with_the_join_code() {
        registerAndLogIn("teacher");
        UI.getCurrent().navigate(ClassesView.class);
        ClassesView view = _get(ClassesView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        view.newClassName.setValue("Choir");
        view.createClass.click();
        ClassView page = _get(ClassView.class);
        assertThat(page.getPageTitle()).isEqualTo("Choir · Tutti");
        assertThat(_get(JoinCodePanel.class).code.getText()).hasSize(6);
    }

    @Test
    void the_join_link_adds_the_student_and_opens_the_class() {
        registerAndLogIn("teacher");
        ClassId id = classrooms.create("Band");
        String code = classrooms.get(id).classroom().joinCode().value();
        registerAndLogIn("student");
        UI.getCurrent().navigate("join-class/" + code);
        assertThat(_get(ClassView.class).getPageTitle()).isEqualTo("Band · Tutti");
        assertThat(classrooms.myClasses()).hasSize(1);
    }

    @Test
    void a_wrong_join_link_says_so() {
        registerAndLogIn("student");
        UI.getCurrent().navigate("join-class/ZZZZZZ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-problem")).getText()).contains("No open class");
    }
}
