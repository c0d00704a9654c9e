package app.tutti.history.ui;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.Track;
import app.tutti.history.service.AuthorshipService;
import app.tutti.history.service.NoteAuthor;
import app.tutti.history.service.StoryStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;


/**
 * "Who wrote what": the current notes coloured by the person or AI generation that created each,
 * with a legend; selecting a note tells its story above the roll, pointing at one tells it in a tooltip.
 */
@Route("projects/:projectId/authors")
@PermitAll
public class AuthorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final H2 title = new H2();
    final HorizontalLayout legend = new HorizontalLayout();
    static final String PROMPT = "Select a note (or point at one) to read its story.";

    final Span story = new Span(PROMPT);
    final PianoRoll roll = HistoryRoll.create();

    private final AuthorshipService authorship;
    private final HistoryServices services;
    private @Nullable ProjectId projectId;

    AuthorsView(AuthorshipService authorship, HistoryServices services) {
        this.authorship = authorship;
        this.services = services;
        setSizeFull();
        setPadding(false);
        legend.setId("authors-legend");
        story.setId("note-story");
        story.getStyle().set("padding", "0 var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        roll.addSelectionListener(selection -> story.setText(selection.single().map(this::story).orElse(PROMPT)));
        roll.addNoteHoverListener(noteId -> roll.showNoteTip(noteId, story(noteId)));
    }

    /** A note's story: who created it and who changed what, oldest first. */
    private String story(UUID noteId) {
        if (projectId == null) {
            return PROMPT;
        }
        List<StoryStep> steps = authorship.story(projectId, noteId);
        if (steps.isEmpty()) {
            return PROMPT;
        }
        return steps.stream()
                .map(step -> step.action() + " by " + step.authorName() + " (" + WHEN.format(step.at()) + ")")
                .collect(Collectors.joining(" · ", "This note: ", "."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ProjectId projectId = event.getRouteParameters().get("projectId").flatMap(ProjectId::parse)
                    .orElseThrow(() -> new NotFoundException("There is no project at this address."));
            show(services.content().project(projectId), authorship.authors(projectId));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void show(Project project, List<NoteAuthor> authors) {
        projectId = project.id();
        story.setText(PROMPT);
        title.setText(project.title() + " · who wrote what");
        Map<String, Track> tracks = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>(authors.size());
        for (NoteAuthor author : authors) {
            String name = author.createdByName();
            Track track = tracks.computeIfAbsent(name, n -> new Track(
                    UUID.nameUUIDFromBytes(("author:" + n).getBytes(StandardCharsets.UTF_8)), tracks.size(),
                    n.length() > 80 ? n.substring(0, 80) : n, 0, 0,
                    Track.PALETTE.get(tracks.size() % Track.PALETTE.size()), 100, false, false));
            counts.merge(name, 1, Integer::sum);
            Note note = author.note();
            notes.add(new Note(note.id(), track.id(), note.pitch(), note.start(), note.duration(), note.velocity()));
        }
        legend.removeAll();
        tracks.forEach((name, track) -> {
            Span swatch = new Span(name + " (" + counts.get(name) + ")");
            swatch.getStyle().set("border-left", "1rem solid " + track.color()).set("padding-left", "0.4rem");
            legend.add(swatch);
        });
        legend.getStyle().set("padding", "0 var(--lumo-space-m)").set("flex-wrap", "wrap");
        if (!tracks.isEmpty()) {
            roll.load(HistoryRoll.state(project, services.tempos(project.id()), List.copyOf(tracks.values()), notes));
            roll.showAllTracks();
        }
        Button back = new Button("Back to the editor", VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(HistoryLinks.editor(project.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(back, title);
        bar.setAlignItems(Alignment.CENTER);
        removeAll();
        add(bar, legend, story, roll);
        setFlexGrow(1, roll);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Tutti";
    }
}
