package app.tutti.collab.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.TrackRemoval;
import app.tutti.composition.domain.GeneralMidi;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.TrackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;

/** Tracks of a project: rename, colour, instrument, volume, mute, solo, add and remove. Each change saves at once. */
class TracksDialog extends Dialog {

    final Grid<Track> grid = new Grid<>();
    final Button add = new Button("Add track", VaadinIcon.PLUS.create());

    private final ProjectId projectId;
    private final ProjectService projects;
    private final TrackService trackService;
    private final TrackRemoval removal;
    private final Runnable onChanged;

    TracksDialog(ProjectId projectId, ProjectService projects, TrackService trackService, TrackRemoval removal,
            boolean editable, Runnable onChanged) {
        this.projectId = projectId;
        this.projects = projects;
        this.trackService = trackService;
        this.removal = removal;
        this.onChanged = onChanged;
        setHeaderTitle("Tracks");
        setId("tracks-dialog");
        setWidth("min(70rem, 100vw)");
        grid.addComponentColumn(this::nameField).setHeader("Name").setFlexGrow(2);
        grid.addComponentColumn(this::colour).setHeader("Colour").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::instrument).setHeader("Instrument").setFlexGrow(3);
        grid.addComponentColumn(this::volume).setHeader("Volume").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(t -> toggle(t, "M", t.muted(), (track, on) -> track.withSettings(track.name(),
                track.program(), track.volume(), on, track.solo()))).setHeader("Mute").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(t -> toggle(t, "S", t.solo(), (track, on) -> track.withSettings(track.name(),
                track.program(), track.volume(), track.muted(), on))).setHeader("Solo").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setWidth("4.5rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEnabled(editable);
        add.setId("add-track");
        add.setEnabled(editable);
        add.addClickListener(e -> changed(() -> trackService.add(projectId, "Track " + (size() + 1), 0)));
        add(grid);
        getFooter().add(add, new Button("Close", e -> close()));
        refresh();
    }

    private int size() {
        return projects.tracksOf(projectId).size();
    }

    void refresh() {
        grid.setItems(projects.tracksOf(projectId));
    }

    private void changed(Runnable change) {
        change.run();
        refresh();
        onChanged.run();
    }

    private TrackColorSelect colour(Track track) {
        TrackColorSelect colour = new TrackColorSelect(track);
        colour.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                changed(() -> trackService.update(projectId, track.withColor(e.getValue())));
            }
        });
        return colour;
    }

    private TextField nameField(Track track) {
        TextField name = new TextField();
        name.setValue(track.name());
        name.setMaxLength(80);
        name.setWidthFull();
        name.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                changed(() -> trackService.update(projectId, track.withSettings(e.getValue(), track.program(),
                        track.volume(), track.muted(), track.solo())));
            }
        });
        return name;
    }

    private ComboBox<Integer> instrument(Track track) {
        ComboBox<Integer> program = new ComboBox<>();
        program.setItems(IntStream.range(0, 128).boxed().toList());
        program.setItemLabelGenerator(p -> (p + 1) + " " + GeneralMidi.name(p));
        program.setValue(track.program());
        program.setWidthFull();
        program.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                changed(() -> trackService.update(projectId, track.withSettings(track.name(), e.getValue(),
                        track.volume(), track.muted(), track.solo())));
            }
        });
        return program;
    }

    private IntegerField volume(Track track) {
        IntegerField volume = new IntegerField();
        volume.setMin(0);
        volume.setMax(127);
        volume.setStepButtonsVisible(true);
        volume.setValue(track.volume());
        volume.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 127) {
                changed(() -> trackService.update(projectId, track.withSettings(track.name(), track.program(),
                        e.getValue(), track.muted(), track.solo())));
            }
        });
        return volume;
    }

    private interface Toggle {
        Track apply(Track track, boolean on);
    }

    private Checkbox toggle(Track track, String label, boolean value, Toggle toggle) {
        Checkbox box = new Checkbox(label, value);
        box.addValueChangeListener(e -> changed(() -> trackService.update(projectId, toggle.apply(track, e.getValue()))));
        return box;
    }

    private Button removeButton(Track track) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> changed(() -> removal.remove(projectId, track.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove track " + track.name() + " and its notes");
        remove.setTooltipText("Remove track and its notes");
        return remove;
    }
}
