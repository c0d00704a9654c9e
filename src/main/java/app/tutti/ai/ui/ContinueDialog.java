package app.tutti.ai.ui;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.ai.service.ContinuationRequest;
import app.tutti.ai.service.GenerationHandle;
import app.tutti.ai.service.PromptControls;
import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.SongControls;
import app.tutti.ai.token.Style;
import app.tutti.ai.translate.MusicRules;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.RollPosition;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.Track;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * What to ask the model for: continue after the selection or from the playhead, or fill in a gap;
 * how many bars, on which track, how adventurous (temperature, top-p), the prompt controls the model
 * knows (style, density, key, tempo; defaults from the project) and rules the new notes must keep.
 */
class ContinueDialog extends Dialog {

    static final String CONTINUE = "Continue";
    static final String FILL_IN = "Fill in a gap";
    static final String FILL_IN_HELP = "Fill in writes the chosen number of bars starting where you are, and cuts "
            + "them off at the end of the gap. The model reads music left to right, so it sees only the bars "
            + "before the gap, not the music after it; choose a gap that ends where the next part starts.";
    private static final String MEASURED = "From the music";

    final Select<String> mode = new Select<>();
    final Select<String> from = new Select<>();
    final IntegerField bars = new IntegerField("Bars");
    final Select<Track> track = new Select<>();
    final NumberField temperature = new NumberField("Temperature");
    final NumberField topP = new NumberField("Top-p");
    final Select<Style> style = new Select<>();
    final Select<String> density = new Select<>();
    final Select<MusicalKey> key = new Select<>();
    final NumberField tempo = new NumberField("Tempo (BPM)");
    final Checkbox stayInKey = new Checkbox("Stay in key");
    final IntegerField lowest = new IntegerField("Lowest pitch");
    final IntegerField highest = new IntegerField("Highest pitch");
    final IntegerField polyphony = new IntegerField("Most notes at once");
    final Checkbox originalityGate = new Checkbox("Originality gate: withhold near-copies of training music");
    final Button start = new Button("Continue");

    private final AiServices services;
    private final ProjectId projectId;
    private final Project project;
    private final RollPosition position;
    private final int ticksPerBar;
    private final BiConsumer<GenerationHandle, UUID> started;

    ContinueDialog(AiServices services, ProjectId projectId, ProjectSummary summary, RollPosition position,
            BiConsumer<GenerationHandle, UUID> started) {
        this.services = services;
        this.projectId = projectId;
        this.project = summary.project();
        this.position = position;
        this.started = started;
        this.ticksPerBar = project.details().timeSignature().ticksPerBar(project.ticksPerQuarter());
        setId("continue-dialog");
        setHeaderTitle("Continue with the AI");
        setWidth("640px");
        add(form(summary.role() == ProjectRole.OWNER));
        Button cancel = new Button("Cancel", e -> close());
        start.setId("continue-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> request());
        getFooter().add(cancel, start);
    }

    private FormLayout form(boolean owner) {
        mode.setLabel("What");
        from.setLabel("Where");
        mode.setItems(CONTINUE, FILL_IN);
        mode.setValue(CONTINUE);
        List<String> places = new ArrayList<>();
        if (position.hasSelection()) {
            places.add(afterSelection());
        }
        places.add(fromPlayhead());
        from.setItems(places);
        from.setValue(places.getFirst());
        bars.setMin(1);
        bars.setMax(ContinuationRequest.MAX_BARS);
        bars.setValue(4);
        bars.setStepButtonsVisible(true);
        track.setLabel("Track");
        track.setItemLabelGenerator(Track::name);
        List<Track> tracks = services.projects().tracksOf(projectId);
        track.setItems(tracks);
        track.setValue(tracks.stream().filter(t -> t.id().equals(position.activeTrackId())).findFirst()
                .orElse(tracks.getFirst()));
        temperature.setValue((double) ContinuationRequest.DEFAULT_SAMPLING.temperature());
        temperature.setMin(0.1);
        temperature.setMax(2);
        temperature.setStep(0.1);
        temperature.setHelperText("Higher: more surprising");
        topP.setValue(Math.round(ContinuationRequest.DEFAULT_SAMPLING.topP() * 100) / 100.0);
        topP.setMin(0.05);
        topP.setMax(1);
        topP.setStep(0.05);
        topP.setHelperText("Lower: only the likeliest notes");
        style.setLabel("Style");
        style.setItems(Style.values());
        style.setItemLabelGenerator(s -> s == Style.POP ? "Pop" : "Chorale");
        style.setValue(Style.POP);
        density.setLabel("Density");
        List<String> densities = new ArrayList<>(List.of(MEASURED));
        IntStream.range(0, SongControls.DENSITY_BUCKETS).forEach(d -> densities.add(String.valueOf(d)));
        density.setItems(densities);
        density.setValue(MEASURED);
        density.setHelperText("0 sparse … " + (SongControls.DENSITY_BUCKETS - 1) + " dense");
        key.setLabel("Key");
        key.setItems(MusicalKey.all());
        key.setValue(project.details().key());
        tempo.setValue(project.details().tempoBpm());
        tempo.setMin(20);
        tempo.setMax(400);
        stayInKey.setValue(true);
        lowest.setValue(GridNote.MIN_PITCH);
        highest.setValue(GridNote.MAX_PITCH);
        for (IntegerField pitch : List.of(lowest, highest)) {
            pitch.setMin(GridNote.MIN_PITCH);
            pitch.setMax(GridNote.MAX_PITCH);
            pitch.setHelperText("MIDI number, 60 = middle C");
        }
        polyphony.setMin(1);
        polyphony.setPlaceholder("No limit");
        Paragraph help = new Paragraph(FILL_IN_HELP);
        help.setId("fill-in-help");
        help.addClassName("tutti-help-text");
        help.setVisible(false);
        mode.addValueChangeListener(e -> {
            help.setVisible(FILL_IN.equals(e.getValue()));
            start.setText(FILL_IN.equals(e.getValue()) ? "Fill in" : "Continue");
        });
        FormLayout form = new FormLayout(mode, from, bars, track, temperature, topP, style, density, key, tempo,
                stayInKey, polyphony, lowest, highest);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.add(help, 2);
        int remaining = services.policies().remaining(projectId, services.currentUser().require().userId());
        if (remaining != AiPolicy.UNLIMITED) {
            Paragraph left = new Paragraph(remaining + " AI generation" + (remaining == 1 ? "" : "s")
                    + " left for you in this project.");
            left.setId("ai-remaining");
            form.add(left, 2);
        }
        if (owner) {
            originalityGate.setValue(services.settings().originalityGateOn(projectId));
            boolean optional = services.settings().originalityGateOptional(projectId);
            originalityGate.setEnabled(optional);
            originalityGate.setTooltipText(optional ? "If the AI's notes nearly copy music it was trained on, it "
                    + "tries twice more, then withholds them." : "Required by this project's AI policy.");
            form.add(originalityGate, 2);
        }
        return form;
    }

    private int barOf(long tick) {
        return (int) (tick / ticksPerBar);
    }

    private int selectionFirstBar() {
        return barOf(position.selectionStart());
    }

    private int selectionEndBar() {
        return (int) ((position.selectionEnd() + ticksPerBar - 1) / ticksPerBar);
    }

    private String afterSelection() {
        return "After the selection (bars " + (selectionFirstBar() + 1) + "–" + selectionEndBar() + ")";
    }

    private String fromPlayhead() {
        return "From the playhead (bar " + (barOf(position.playheadTick()) + 1) + ")";
    }

    ContinuationRequest buildRequest() {
        int count = Objects.requireNonNullElse(bars.getValue(), 4);
        UUID trackId = track.getValue().id();
        boolean afterSelection = position.hasSelection() && from.getValue().equals(afterSelection());
        int startBar = afterSelection ? selectionEndBar() : barOf(position.playheadTick());
        ContinuationRequest request;
        if (FILL_IN.equals(mode.getValue())) {
            request = ContinuationRequest.fillIn(projectId, trackId, startBar, startBar + count);
        } else if (afterSelection) {
            request = ContinuationRequest.continueAfter(projectId, trackId,
                    Math.max(selectionFirstBar(), startBar - ContinuationRequest.MAX_BARS), startBar, count);
        } else {
            request = ContinuationRequest.continueFrom(projectId, trackId, startBar, count);
        }
        Double t = temperature.getValue();
        Double p = topP.getValue();
        request = request.withSampling(new SamplingSettings(t == null ? 1f : t.floatValue(), 0,
                p == null ? ContinuationRequest.DEFAULT_SAMPLING.topP() : p.floatValue(), 0));
        String d = density.getValue();
        request = request.withControls(new PromptControls(style.getValue(),
                MEASURED.equals(d) ? null : Integer.valueOf(d), key.getValue(), tempo.getValue()));
        return request.withRules(rules());
    }

    private MusicRules rules() {
        MusicRules rules = MusicRules.NONE;
        if (stayInKey.getValue()) {
            MusicalKey k = key.getValue();
            rules = rules.inKey(MusicKey.of(PitchClass.of(k.tonic()), k.mode() == MusicalKey.Mode.MINOR));
        }
        int low = Objects.requireNonNullElse(lowest.getValue(), GridNote.MIN_PITCH);
        int high = Objects.requireNonNullElse(highest.getValue(), GridNote.MAX_PITCH);
        if (low < GridNote.MIN_PITCH || high > GridNote.MAX_PITCH || low > high) {
            throw new InvalidInputException("The pitch range must lie within " + GridNote.MIN_PITCH + "–"
                    + GridNote.MAX_PITCH + ", lowest first.");
        }
        rules = rules.pitchRange(low, high);
        Integer most = polyphony.getValue();
        if (most != null) {
            if (most < 1) {
                throw new InvalidInputException("Allow at least one note at a time.");
            }
            rules = rules.polyphony(most);
        }
        return rules;
    }

    private void request() {
        try {
            if (originalityGate.getParent().isPresent() && originalityGate.isEnabled()
                    && originalityGate.getValue() != services.settings().originalityGateOn(projectId)) {
                services.settings().setOriginalityGate(projectId, originalityGate.getValue());
            }
            ContinuationRequest request = buildRequest();
            GenerationHandle handle = services.continuations().request(request);
            close();
            started.accept(handle, request.trackId());
        } catch (InvalidInputException | PermissionDeniedException e) {
            Notification error = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
