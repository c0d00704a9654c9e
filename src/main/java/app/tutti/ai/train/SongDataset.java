package app.tutti.ai.train;

import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Songs of one split of a data set, quantized to the grid, and the token sequences made from them. */
public interface SongDataset {

    /** Where the shared music data lives, seen from the project folder. */
    Path DEFAULT_DATA_DIR = Path.of("../shared/data");

    /** The songs as they are in the data, read on first use. */
    List<GridSong> songs();

    /** How far songs are transposed up and down for augmentation; 0 for none. */
    int maxTransposition();

    /**
     * Each song followed by its transpositions (-1, +1, -2, +2, ... up to {@link #maxTransposition()}
     * semitones) that keep every note on the piano; made lazily, since they multiply the data.
     */
    default Stream<GridSong> augmentedSongs() {
        return songs().stream().flatMap(song -> Stream.iterate(0, k -> k <= 2 * maxTransposition(), k -> k + 1)
                .map(k -> k % 2 == 0 ? k / 2 : -(k + 1) / 2)
                .filter(song::canTranspose)
                .map(semitones -> semitones == 0 ? song : song.transposed(semitones)));
    }

    /** The token ids of every augmented song. */
    default List<List<Integer>> sequences(RemiTokenizer tokenizer) {
        return augmentedSongs().map(tokenizer::encode).toList();
    }
}
