package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.domain.GenerationTask;
import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.Quantizer;
import app.tutti.ai.token.SongControls;
import app.tutti.ai.token.StepChange;
import app.tutti.ai.token.Style;
import app.tutti.ai.token.TempoScale;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiTrack;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Turns a request into the model's task: the project's notes (all tracks; drum tracks left out)
 * are put on the sixteenth grid by the tokenizer's {@link Quantizer}, the prompt bars are cut
 * out and written as tokens after the control tokens. A prompt too long for the model's context
 * loses bars at its start. Reads the project as the signed-in user.
 */
@Component
class PromptBuilder {

    /** Room left in the context for the first new bar before the generator has to re-read. */
    private static final double PROMPT_SHARE_OF_CONTEXT = 0.75;
    /** Token budget per requested bar; the bar count stops a generation long before that for most music. */
    static final int TOKENS_PER_BAR = 96;
    /** Density assumed when the prompt has no notes: about 8 to 12 notes a bar. */
    private static final int EMPTY_PROMPT_DENSITY = 2;

    private final ProjectService projects;
    private final EditSessionService edits;
    private final ModelFiles model;

    PromptBuilder(ProjectService projects, EditSessionService edits, ModelFiles model) {
        this.projects = projects;
        this.edits = edits;
        this.model = model;
    }

    PreparedGeneration prepare(ContinuationRequest request) {
        ProjectGrid grid = gridOf(request.project());
        Project project = grid.project();
        int gridTrack = gridTrackOf(grid.tracks(), request);
        int stepsPerBar = stepsPerBar(project);
        GridSong song = grid.quantize(edits.open(request.project()).document().notes());
        PromptControls wanted = request.controls();
        double bpm = wanted.tempoBpm() != null ? wanted.tempoBpm() : project.details().tempoBpm();
        int from = request.promptFromBar();
        int[] prompt = encode(song, from, request.startBar(), stepsPerBar, wanted, project, bpm);
        while (prompt.length > model.context() * PROMPT_SHARE_OF_CONTEXT && from < request.startBar() - 1) {
            from++;
            prompt = encode(song, from, request.startBar(), stepsPerBar, wanted, project, bpm);
        }
        SongControls controls = model.tokenizer().decode(Arrays.stream(prompt).boxed().toList()).controls();
        long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        var sampling = request.sampling();
        int maxTokens = request.bars() * TOKENS_PER_BAR;
        int promptSteps = (request.startBar() - from) * stepsPerBar;
        GenerationTask task = new GenerationTask(prompt, maxTokens, request.bars(), sampling.temperature(),
                sampling.topK(), sampling.topP(), sampling.minP(), seed, request.trackId(), gridTrack,
                (long) from * stepsPerBar, promptSteps, request.fillIn() ? request.bars() * stepsPerBar : 0,
                project.ticksPerQuarter() / (double) Quantizer.STEPS_PER_QUARTER, request.rules().onlyTrack(gridTrack));
        GenerationParameters parameters = new GenerationParameters(request.fillIn(), request.bars(),
                sampling.temperature(), sampling.topK(), sampling.topP(), sampling.minP(),
                controls.style().tokenArgument(), controls.density(), controls.key().tokenArgument(), bpm, maxTokens,
                request.rules());
        return new PreparedGeneration(task, parameters, from, request.startBar(), grid);
    }

    /** The project as the model's grid sees it, read now as the signed-in user. */
    ProjectGrid gridOf(ProjectId projectId) {
        return new ProjectGrid(projects.get(projectId).project(), projects.tempoMap(projectId),
                projects.tracksOf(projectId));
    }

    /** The prompt bars {@code from} to {@code to} as tokens, without the closing end-of-song token. */
    private int[] encode(GridSong song, int from, int to, int stepsPerBar, PromptControls wanted, Project project,
            double bpm) {
        int steps = (to - from) * stepsPerBar;
        List<GridNote> notes = notesIn(song, from * stepsPerBar, steps);
        GridSong region = new GridSong(controls(wanted, notes, steps, project, bpm),
                Collections.nCopies(to - from, stepsPerBar), notes, List.of(),
                steps == 0 ? List.of() : List.of(new StepChange<>(0, TempoScale.EVENT.bucket(bpm))));
        List<Integer> tokens = model.tokenizer().encode(region);
        return tokens.subList(0, tokens.size() - 1).stream().mapToInt(Integer::intValue).toArray();
    }

    /** The chosen track's place among the tracks the model sees (drums are left out; the fourth and later share 3). */
    private static int gridTrackOf(List<Track> tracks, ContinuationRequest request) {
        List<Track> pitched = tracks.stream().filter(t -> t.channel() != MidiTrack.DRUM_CHANNEL).toList();
        for (int index = 0; index < pitched.size(); index++) {
            if (pitched.get(index).id().equals(request.trackId())) {
                return Math.min(index, GridNote.TRACKS - 1);
            }
        }
        boolean exists = tracks.stream().anyMatch(t -> t.id().equals(request.trackId()));
        throw new InvalidInputException(exists ? "The AI model cannot write drums; choose another track."
                : "This track is not part of the project.");
    }

    private static int stepsPerBar(Project project) {
        var signature = project.details().timeSignature();
        int sixteenths = signature.beatsPerBar() * 16 / signature.beatUnit();
        if (signature.beatsPerBar() * 16 % signature.beatUnit() != 0 || sixteenths > GridSong.MAX_BAR_STEPS) {
            throw new InvalidInputException("The AI model writes bars of up to two 4/4 bars in sixteenths; "
                    + signature + " does not fit.");
        }
        return sixteenths;
    }

    private static List<GridNote> notesIn(GridSong song, int fromStep, int steps) {
        return song.notes().stream()
                .filter(n -> n.startStep() >= fromStep && n.startStep() < fromStep + steps)
                .map(n -> new GridNote(n.track(), n.pitch(), n.startStep() - fromStep, n.durationSteps(),
                        n.velocityBucket()))
                .toList();
    }

    private static SongControls controls(PromptControls wanted, List<GridNote> notes, int steps, Project project,
            double bpm) {
        Style style = wanted.style() != null ? wanted.style() : Style.POP;
        MusicalKey key = wanted.key() != null ? wanted.key() : project.details().key();
        int density = wanted.density() != null ? wanted.density()
                : notes.isEmpty() ? EMPTY_PROMPT_DENSITY : SongControls.measure(style, notes, steps, bpm).density();
        return new SongControls(style, density,
                MusicKey.of(PitchClass.of(key.tonic()), key.mode() == MusicalKey.Mode.MINOR),
                TempoScale.CONTROL.bucket(bpm));
    }
}
