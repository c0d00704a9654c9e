package app.tutti.composition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.TimeSignature;
import app.tutti.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectListViewTest extends KaribuTest {

    ProjectListView view;

    @BeforeEach
    void openView() {
        registerAndLogIn("lena");
        UI.getCurrent().navigate(ProjectListView.class);
        view = _get(ProjectListView.class);
    }

    @Test
    void a_new_user_sees_the_empty_state() {
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void creating_a_project_through_the_dialog_lists_it() {
        _click(view.newProject);
        NewProjectDialog dialog = _get(NewProjectDialog.class);
        _setValue(dialog.form.title, "Night drive");
        _setValue(dialog.form.tempo, 96.0);
        _setValue(dialog.form.timeSignature, new TimeSignature(6, 8));
        _setValue(dialog.form.key, new MusicalKey(2, MusicalKey.Mode.MINOR));
        _click(dialog.create);

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).containsSequence("Night drive", "96 BPM · 6/8 · D minor", "Owner");
        assertThat(view.emptyState.isVisible()).isFalse();
    }

    @Test
    void a_blank_title_keeps_the_dialog_open_with_an_error() {
        _click(view.newProject);
        NewProjectDialog dialog = _get(NewProjectDialog.class);
        _setValue(dialog.form.title, "  ");
        _click(dialog.create);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.title.isInvalid()).isTrue();
        assertThat(dialog.form.title.getErrorMessage()).isEqualTo("Give the project a title.");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void search_filters_the_list() {
        create("Summer song");
        create("Winter sketch");

        _setValue(view.search, "winter");

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0).get(0)).isEqualTo("Winter sketch");
    }

    @Test
    void rename_duplicate_and_delete_from_the_list() {
        create("Draft");
        ProjectSummary draft = firstRow(view.grid);

        view.rename(draft, "Final");
        assertThat(_getFormattedRow(view.grid, 0).get(0)).isEqualTo("Final");

        view.duplicate(firstRow(view.grid));
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(view.grid, 0).get(0)).isEqualTo("Copy of Final");

        new DeleteProjectDialog("Copy of Final", () -> view.delete(firstRow(view.grid))).open();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0).get(0)).isEqualTo("Final");
    }

    @Test
    void the_delete_confirmation_can_be_cancelled() {
        create("Keep me");
        new DeleteProjectDialog("Keep me", () -> view.delete(firstRow(view.grid))).open();
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void on_a_phone_only_title_time_and_actions_are_shown() {
        view.fitColumnsTo(390);
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("title", "edited", "actions");
        view.fitColumnsTo(1280);
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(5);
    }

    private void create(String title) {
        _click(view.newProject);
        NewProjectDialog dialog = _get(NewProjectDialog.class);
        _setValue(dialog.form.title, title);
        _click(dialog.create);
    }

    private static ProjectSummary firstRow(Grid<ProjectSummary> grid) {
        return com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);
    }
}
