package app.tutti.history.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.VersionDiff;
import app.tutti.history.service.Comparison;
import app.tutti.history.service.VersionEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.List;
import java.util.Optional;

/**
 * Two states of a project compared: counts, the newer state in the roll coloured by difference
 * (added, removed, changed now and before), and the list of differences with previous / next.
 */
@Route("projects/:projectId/compare/:fromSeq/:toSeq")
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span counts = new Span();
    final PianoRoll roll = HistoryRoll.create();
    final Grid<Difference> differences = new Grid<>();
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next difference", VaadinIcon.ARROW_RIGHT.create());

    private final HistoryServices services;
    private List<Difference> all = List.of();

    CompareView(HistoryServices services) {
        this.services = services;
        setSizeFull();
        setPadding(false);
        counts.setId("diff-counts");
        differences.setId("diff-list");
        differences.addColumn(Difference::kind).setHeader("Difference").setFlexGrow(1);
        differences.addColumn(Difference::description).setHeader("Note").setFlexGrow(4);
        differences.setHeight("12rem");
        differences.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(d -> roll.showNote(d.shown().id())));
        previous.setId("diff-previous");
        next.setId("diff-next");
        previous.addClickListener(e -> step(-1));
        next.addClickListener(e -> step(1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        Optional<ProjectId> projectId = parameters.get("projectId").flatMap(ProjectId::parse);
        Optional<Long> from = parameters.get("fromSeq").flatMap(CompareView::number);
        Optional<Long> to = parameters.get("toSeq").flatMap(CompareView::number);
        try {
            if (projectId.isEmpty() || from.isEmpty() || to.isEmpty()) {
                throw new NotFoundException("There is no comparison at this address.");
            }
            show(services.content().comparison(projectId.get(), from.get(), to.get()));
        } catch (NotFoundException | InvalidInputException e) {
            event.rerouteToError(new NotFoundException(e.getMessage()), e.getMessage());
        }
    }

    private void show(Comparison comparison) {
        Project project = comparison.project();
        List<VersionEntry> timeline = services.versions().timeline(project.id());
        title.setText(label(timeline, comparison.fromSeq(), project) + " → "
                + label(timeline, comparison.toSeq(), project));
        VersionDiff diff = comparison.diff();
        counts.setText(diff.added().size() + " added · " + diff.removed().size() + " removed · "
                + diff.changed().size() + " changed");
        DiffTracks drawn = DiffTracks.of(diff, comparison.newer());
        roll.load(HistoryRoll.state(project, services.tempos(project.id()), drawn.tracks(), drawn.notes()));
        roll.showAllTracks();
        int ticksPerBar = project.details().timeSignature().ticksPerBar(project.ticksPerQuarter());
        all = Difference.of(diff, ticksPerBar, project.ticksPerQuarter() * 4 / project.details().timeSignature().beatUnit());
        differences.setItems(all);
        Button back = new Button("Back to the editor", VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(HistoryLinks.editor(project.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(back, title, counts, previous, next);
        bar.setAlignItems(Alignment.CENTER);
        bar.setWidthFull();
        removeAll();
        add(bar, legend(drawn), roll, differences);
        setFlexGrow(1, roll);
    }

    private static HorizontalLayout legend(DiffTracks drawn) {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("diff-legend");
        drawn.tracks().forEach(track -> {
            Span swatch = new Span(track.name());
            swatch.getStyle().set("border-left", "1rem solid " + track.color()).set("padding-left", "0.4rem");
            legend.add(swatch);
        });
        legend.getStyle().set("padding", "0 var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        return legend;
    }

    private void step(int direction) {
        if (all.isEmpty()) {
            return;
        }
        int current = differences.getSelectedItems().stream().findFirst().map(all::indexOf).orElse(direction > 0 ? -1
                : all.size());
        int target = Math.floorMod(current + direction, all.size());
        differences.select(all.get(target));
        differences.scrollToIndex(target);
    }

    private static String label(List<VersionEntry> timeline, long seq, Project project) {
        if (seq == project.headSeq()) {
            return "Now";
        }
        return timeline.stream().filter(v -> v.version().seq() == seq).reduce((newer, older) -> older)
                .map(VersionEntry::label).orElse("Change " + seq);
    }

    static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return "Compare " + title.getText() + " · Tutti";
    }
}
