package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.provenance.ProvenanceMatch;
import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.testsupport.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provenance index that ships beside the model, against the corpus: planted copies of training
 * excerpts (transposed, one note changed per bar) are traced to their song; test-split excerpts,
 * which the model never saw, score low.
 */
class ShippedProvenanceIndexTest {

    private static final Logger log = LoggerFactory.getLogger(ShippedProvenanceIndexTest.class);
    private static final int EXCERPTS = 100;
    private static final int BARS = 4;

    private static ProvenanceIndex index;
    private static Path data;

    @BeforeAll
    static void loadIndex() throws IOException {
        data = SharedData.require("pop909").root();
        try (InputStream in = Objects.requireNonNull(
                ShippedProvenanceIndexTest.class.getResourceAsStream("/model/provenance.idx"),
                "the provenance index is missing: run `java -jar target/tutti.jar index`")) {
            index = ProvenanceIndex.read(in);
        }
    }

    @Test
    void planted_copies_are_traced_to_their_source_in_the_top_three() {
        List<ProvenanceIndex.Entry> training = IndexCommand.trainingEntries(data);
        Random random = new Random(2026);
        int found = 0;
        List<Double> similarities = new ArrayList<>();
        for (int planted = 0; planted < EXCERPTS; planted++) {
            ProvenanceIndex.Entry source = training.get(random.nextInt(training.size()));
            GridSong copy = plantedCopy(source.song(), random);
            List<ProvenanceMatch> nearest = index.nearest(copy, 3);
            if (nearest.stream().anyMatch(match -> match.source().title().equals(source.source().title()))) {
                found++;
            }
            similarities.add(nearest.isEmpty() ? 0 : nearest.getFirst().similarity());
        }
        log.info("Planted copies found in the top 3: {} of {}; median best similarity {}", found, EXCERPTS,
                median(similarities));
        assertThat(found).isGreaterThanOrEqualTo(95);
    }

    @Test
    void excerpts_of_songs_never_trained_on_score_low() {
        List<GridSong> test = Pop909Dataset.builder().dataDir(data).split(DataSplit.TEST).build().songs();
        Random random = new Random(909);
        List<Double> similarities = new ArrayList<>();
        for (int i = 0; i < EXCERPTS; i++) {
            GridSong song = test.get(random.nextInt(test.size()));
            int from = random.nextInt(Math.max(1, song.barCount() - BARS));
            List<ProvenanceMatch> nearest = index.nearest(excerpt(song, from, 0, false, random), 1);
            similarities.add(nearest.isEmpty() ? 0 : nearest.getFirst().similarity());
        }
        log.info("Test-split excerpts: median best similarity {}, max {}", median(similarities),
                Collections.max(similarities));
        assertThat(median(similarities)).isLessThan(0.3);
    }

    /** Four bars of {@code song}, moved by -6..+6 semitones (less if that leaves the piano), one note per bar changed. */
    private static GridSong plantedCopy(GridSong song, Random random) {
        int from = random.nextInt(Math.max(1, song.barCount() - BARS));
        int transposition = random.nextInt(13) - 6;
        while (!song.bars(from, from + BARS).canTranspose(transposition)) {
            transposition /= 2;
        }
        return excerpt(song, from, transposition, true, random);
    }

    /**
     * Bars {@code from}.. of {@code song} as a song of their own, transposed; if {@code alter}, one
     * note in each bar moves by a semitone or two.
     */
    private static GridSong excerpt(GridSong song, int from, int transposition, boolean alter, Random random) {
        GridSong bars = song.bars(from, from + BARS).transposed(transposition);
        List<GridNote> notes = new ArrayList<>(bars.notes());
        for (int bar = 0; alter && bar < bars.barCount(); bar++) {
            int start = bars.barStart(bar);
            int end = bars.barStart(bar + 1);
            List<Integer> inBar = IntStream.range(0, notes.size())
                    .filter(i -> notes.get(i).startStep() >= start && notes.get(i).startStep() < end).boxed().toList();
            if (!inBar.isEmpty()) {
                int i = inBar.get(random.nextInt(inBar.size()));
                GridNote n = notes.get(i);
                int moved = Math.clamp(n.pitch() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(2)),
                        GridNote.MIN_PITCH, GridNote.MAX_PITCH);
                notes.set(i, new GridNote(n.track(), moved, n.startStep(), n.durationSteps(), n.velocityBucket()));
            }
        }
        return new GridSong(bars.controls(), bars.barSteps(), notes, List.of(), List.of());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
