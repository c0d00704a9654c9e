package app.tutti.ai.token;

import java.util.List;

/** Small hand-made grid songs for tokenizer tests. */
final class SmallSongs {

    static final SongControls POP_IN_C = new SongControls(Style.POP, 2, MusicKey.of(PitchClass.C, false), 3);

    private SmallSongs() {
    }

    /** Two 4/4 bars: a melody note and a piano dyad on beat 1 with C major, a melody note on beat 2. */
    static GridSong twoBarsOfPop() {
        return new GridSong(POP_IN_C, List.of(16, 16),
                List.of(new GridNote(0, 72, 0, 4, 5), new GridNote(2, 48, 0, 16, 3), new GridNote(2, 55, 0, 16, 3),
                        new GridNote(0, 74, 4, 2, 6), new GridNote(0, 76, 20, 32, 4)),
                List.of(new StepChange<>(0, new ChordLabel(PitchClass.C, ChordQuality.MAJOR)),
                        new StepChange<>(16, ChordLabel.NO_CHORD)),
                List.of(new StepChange<>(0, 14)));
    }

    static List<String> names(RemiVocabulary vocabulary, List<Integer> ids) {
        return ids.stream().map(id -> vocabulary.token(id).name()).toList();
    }
}
