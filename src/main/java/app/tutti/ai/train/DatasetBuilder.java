package app.tutti.ai.train;

import java.nio.file.Path;

/** The settings every data set takes: data folder, split, how many songs, how far to transpose. */
public abstract class DatasetBuilder<B extends DatasetBuilder<B>> {

    private Path dataDir = SongDataset.DEFAULT_DATA_DIR;
    private DataSplit split = DataSplit.TRAIN;
    private int limit = Integer.MAX_VALUE;
    private int maxTransposition;

    /** The shared data folder (the one holding {@code pop909/} and {@code jsb-chorales/}). */
    public B dataDir(Path folder) {
        this.dataDir = folder;
        return self();
    }

    public B split(DataSplit part) {
        this.split = part;
        return self();
    }

    /** At most this many songs, the first ones of the split. */
    public B limit(int songs) {
        if (songs < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + songs);
        }
        this.limit = songs;
        return self();
    }

    /** Also offer each song transposed by up to this many semitones either way (see {@link SongDataset}). */
    public B maxTransposition(int semitones) {
        if (semitones < 0 || semitones > 11) {
            throw new IllegalArgumentException("transposition must be 0..11 semitones: " + semitones);
        }
        this.maxTransposition = semitones;
        return self();
    }

    protected abstract B self();

    DatasetSettings settings() {
        return new DatasetSettings(dataDir, split, limit, maxTransposition);
    }
}
