package app.tutti.ai.train;

import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.Quantizer;
import app.tutti.ai.token.Style;
import app.tutti.midi.service.ChoraleReader;
import java.nio.file.Path;
import java.util.Arrays;
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
 * voice are read as one held note (see {@link ChoraleReader}, which the "New from template" chorale
 * uses too), then quantized like any song. The data has no meter, tempo or dynamics: bars are 4/4
 * from the first step, the tempo is 80 quarter notes per minute, every note mezzo-forte.
 */
public final class JsbChoraleDataset implements SongDataset {

    static final double BPM = 80;

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
        return new Quantizer().quantize(ChoraleReader.read(steps, BPM), Style.CHORALE);
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
