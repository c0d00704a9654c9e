package app.tutti.ai.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.SongControls;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProvenanceIndexTest {

    private static final int BARS = 16;

    /** A random tune (track 0) over a random bass (track 3): eighth and quarter notes. */
    private static GridSong randomSong(long seed) {
        Random random = new Random(seed);
        List<GridNote> notes = new ArrayList<>();
        int pitch = 60 + random.nextInt(12);
        for (int step = 0; step < BARS * 16; step += 2 + 2 * random.nextInt(2)) {
            pitch = Math.clamp(pitch + random.nextInt(9) - 4, 48, 84);
            notes.add(new GridNote(0, pitch, step, 2, 4));
            if (step % 8 == 0) {
                notes.add(new GridNote(3, 36 + random.nextInt(12), step, 8, 3));
            }
        }
        return song(notes, BARS);
    }

    private static GridSong song(List<GridNote> notes, int bars) {
        return new GridSong(SongControls.DEFAULTS, Collections.nCopies(bars, 16), notes, List.of(), List.of());
    }

    /** Bars {@code from}..{@code from + count - 1} (from 0) of {@code song}, moved up, one note per bar changed. */
    private static GridSong alteredExcerpt(GridSong song, int from, int count, int transposition, Random random) {
        List<GridNote> notes = new ArrayList<>();
        for (int bar = from; bar < from + count; bar++) {
            int b = bar;
            List<GridNote> barNotes = song.notes().stream()
                    .filter(n -> n.track() == 0 && n.startStep() / 16 == b).toList();
            int changed = random.nextInt(barNotes.size());
            for (int i = 0; i < barNotes.size(); i++) {
                GridNote n = barNotes.get(i);
                int pitch = n.pitch() + transposition + (i == changed ? 2 : 0);
                notes.add(new GridNote(0, pitch, n.startStep() - from * 16, n.durationSteps(), n.velocityBucket()));
            }
        }
        return song(notes, count);
    }

    private static ProvenanceIndex index(int songs) {
        List<ProvenanceIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < songs; i++) {
            int[] barStarts = new int[BARS];
            for (int bar = 0; bar < BARS; bar++) {
                barStarts[bar] = bar * 16;
            }
            entries.add(new ProvenanceIndex.Entry(new IndexedSource("song " + i, "test", barStarts), randomSong(i)));
        }
        return ProvenanceIndex.build(entries);
    }

    @Test
    void a_transposed_and_altered_excerpt_finds_its_source_and_bars() {
        ProvenanceIndex index = index(50);
        GridSong excerpt = alteredExcerpt(randomSong(17), 8, 4, 5, new Random(1));

        List<ProvenanceMatch> nearest = index.nearest(excerpt, 3);

        assertThat(nearest).isNotEmpty();
        ProvenanceMatch best = nearest.getFirst();
        assertThat(best.source().title()).isEqualTo("song 17");
        assertThat(best.firstBar()).isEqualTo(9);
        assertThat(best.lastBar()).isEqualTo(12);
        assertThat(best.similarity()).isGreaterThan(0.3);
        assertThat(best.describe()).startsWith("song 17, bars 9–12, ");
    }

    @Test
    void an_unrelated_passage_scores_low() {
        ProvenanceIndex index = index(50);
        GridSong unrelated = alteredExcerpt(randomSong(1_000), 0, 4, 0, new Random(2));
        assertThat(index.nearest(unrelated, 3)).allSatisfy(match -> assertThat(match.similarity()).isLessThan(0.3));
    }

    @Test
    void the_matched_excerpt_can_be_played_at_its_original_pitch() {
        GridSong source = randomSong(17);
        ProvenanceMatch best = index(50).nearest(source.bars(8, 12).transposed(5), 1).getFirst();

        List<GridNote> excerpt = index(50).excerpt(best);

        List<GridNote> melody = source.bars(8, 12).notes().stream().filter(n -> n.track() == 0).toList();
        assertThat(excerpt).extracting(GridNote::pitch).containsExactlyElementsOf(
                melody.stream().map(GridNote::pitch).toList());
        assertThat(excerpt).extracting(GridNote::startStep).containsExactlyElementsOf(
                melody.stream().map(GridNote::startStep).toList());
    }

    @Test
    void the_index_reads_back_what_it_wrote() throws IOException {
        ProvenanceIndex index = index(10);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(bytes);
        ProvenanceIndex read = ProvenanceIndex.read(new ByteArrayInputStream(bytes.toByteArray()));

        GridSong excerpt = alteredExcerpt(randomSong(3), 2, 4, -3, new Random(3));
        assertThat(read.patternCount()).isEqualTo(index.patternCount());
        assertThat(read.nearest(excerpt, 3)).isEqualTo(index.nearest(excerpt, 3));
        assertThat(read.excerpt(read.nearest(excerpt, 1).getFirst()))
                .isEqualTo(index.excerpt(index.nearest(excerpt, 1).getFirst()));
    }

    @Test
    void the_gate_flags_a_transposed_copy_inside_a_longer_passage_and_passes_original_music() {
        OriginalityGate gate = new OriginalityGate(index(50), OriginalityGate.DEFAULT_THRESHOLD);
        GridSong original = randomSong(5_000);
        GridSong copied = randomSong(23).bars(4, 8).transposed(2);
        List<GridNote> notes = new ArrayList<>(original.bars(0, 6).notes());
        copied.notes().forEach(n -> notes.add(new GridNote(n.track(), n.pitch(), n.startStep() + 6 * 16,
                n.durationSteps(), n.velocityBucket())));
        GridSong withCopy = song(notes, 10);

        assertThat(gate.check(original.bars(0, 8)).flagged()).isFalse();
        OriginalityGate.Verdict verdict = gate.check(withCopy);
        assertThat(verdict.flagged()).isTrue();
        assertThat(verdict.explanation()).hasValueSatisfying(text -> assertThat(text).contains("song 23, bars 5–8"));
    }
}
