package app.tutti.ai.train;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.SongControls;
import app.tutti.ai.token.StepChange;
import app.tutti.ai.token.Style;
import app.tutti.ai.token.TempoScale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 382 J.S. Bach four-part chorales (public domain) from
 * {@code <data>/jsb-chorales/Jsb16thSeparated.json}, in the standard Boulanger-Lewandowski split
 * ({@code train}, {@code valid}, {@code test}). Each chorale is a list of sixteenth-note steps of
 * soprano, alto, tenor and bass pitches ({@code -1}: silent); the voices become grid tracks 0 to 3.
 *
 * <p>At this grid a held note and a repeated note look the same, so consecutive equal pitches in a
 * voice are read as one held note (cut at {@link GridNote#MAX_DURATION} sixteenths). The data has
 * no meter, tempo or dynamics: bars are taken as 4/4 from the first step, the tempo as 80 quarter
 * notes per minute and every note as velocity bucket 4 (mezzo-forte).
 */
public final class JsbChoraleDataset implements SongDataset {

    static final int VELOCITY_BUCKET = 4;
    static final double BPM = 80;
    private static final int BAR_STEPS = 16;

    private final DatasetSettings settings;
    private @Nullable List<GridSong> songs;

    private JsbChoraleDataset(DatasetSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized List<GridSong> songs() {
        if (songs == null) {
            Path file = settings.dataDir().resolve("jsb-chorales").resolve("Jsb16thSeparated.json");
            Map<String, int[][][]> splits = JsonMapper.builder().build()
                    .readValue(file, new TypeReference<Map<String, int[][][]>>() { });
            int[][][] chorales = splits.getOrDefault(key(settings.split()), new int[0][][]);
            songs = Arrays.stream(chorales).limit(settings.limit()).map(JsbChoraleDataset::toGridSong).toList();
        }
        return songs;
    }

    @Override
    public int maxTransposition() {
        return settings.maxTransposition();
    }

    static GridSong toGridSong(int[][] steps) {
        List<GridNote> notes = new ArrayList<>();
        for (int voice = 0; voice < GridNote.TRACKS; voice++) {
            addVoice(steps, voice, notes);
        }
        int bars = (steps.length + BAR_STEPS - 1) / BAR_STEPS;
        List<Integer> barSteps = Collections.nCopies(bars, BAR_STEPS);
        List<StepChange<Integer>> tempo = bars == 0 ? List.of() : List.of(new StepChange<>(0, TempoScale.EVENT.bucket(BPM)));
        SongControls controls = SongControls.measure(Style.CHORALE, notes, bars * BAR_STEPS, BPM);
        return new GridSong(controls, barSteps, notes, List.of(), tempo);
    }

    /** One note per run of equal pitches in {@code voice}; silence and off-piano pitches make none. */
    private static void addVoice(int[][] steps, int voice, List<GridNote> notes) {
        int start = 0;
        for (int step = 1; step <= steps.length; step++) {
            int pitch = steps[start][voice];
            if (step == steps.length || steps[step][voice] != pitch) {
                if (GridNote.onPiano(pitch)) {
                    notes.add(GridNote.capped(voice, pitch, start, step - start, VELOCITY_BUCKET));
                }
                start = step;
            }
        }
    }

    private static String key(DataSplit split) {
        return switch (split) {
            case TRAIN -> "train";
            case VALIDATION -> "valid";
            case TEST -> "test";
        };
    }

    public static final class Builder extends DatasetBuilder<Builder> {

        private Builder() {
        }

        public JsbChoraleDataset build() {
            return new JsbChoraleDataset(settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
