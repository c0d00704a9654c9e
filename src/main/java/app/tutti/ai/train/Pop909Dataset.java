package app.tutti.ai.train;

import app.tutti.ai.token.GridSong;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POP909 (MIT licence; Wang, Chen, Jiang, Zhang, Xu, Dai, Bin, Xia, ISMIR 2020) from
 * {@code <data>/pop909/}, in this project's fixed split: songs 1–809 train, 810–859 validation,
 * 860–909 test. Songs are read on first use, in song order, as described on {@link Pop909SongReader}.
 *
 * <pre>
 * Pop909Dataset train = Pop909Dataset.builder().split(DataSplit.TRAIN).maxTransposition(5).build();
 * List&lt;List&lt;Integer&gt;&gt; sequences = train.sequences(tokenizer);
 * </pre>
 */
public final class Pop909Dataset implements SongDataset {

    private static final Logger log = LoggerFactory.getLogger(Pop909Dataset.class);

    private final DatasetSettings settings;
    private @Nullable List<GridSong> songs;

    private Pop909Dataset(DatasetSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The POP909 song numbers in this split, after the limit. */
    public List<Integer> songNumbers() {
        IntStream numbers = switch (settings.split()) {
            case TRAIN -> IntStream.rangeClosed(1, 809);
            case VALIDATION -> IntStream.rangeClosed(810, 859);
            case TEST -> IntStream.rangeClosed(860, 909);
        };
        return numbers.limit(settings.limit()).boxed().toList();
    }

    @Override
    public synchronized List<GridSong> songs() {
        if (songs == null) {
            Pop909SongReader reader = new Pop909SongReader(settings.dataDir().resolve("pop909"));
            songs = songNumbers().stream().map(reader::read).toList();
            log.debug("Read {} POP909 {} songs", songs.size(), settings.split());
        }
        return songs;
    }

    @Override
    public int maxTransposition() {
        return settings.maxTransposition();
    }

    public static final class Builder extends DatasetBuilder<Builder> {

        private Builder() {
        }

        public Pop909Dataset build() {
            return new Pop909Dataset(settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
