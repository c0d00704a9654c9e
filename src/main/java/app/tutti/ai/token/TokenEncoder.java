package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.List;

/** Writes one grid song as token ids, in the layout described on {@link RemiTokenizer}. */
final class TokenEncoder {

    private final RemiVocabulary vocabulary;
    private final GridSong song;
    private final List<Integer> ids = new ArrayList<>();
    private int nextNote;
    private int nextChord;
    private int nextTempo;

    TokenEncoder(RemiVocabulary vocabulary, GridSong song) {
        this.vocabulary = vocabulary;
        this.song = song;
    }

    List<Integer> encode() {
        add(TokenType.BOS);
        writeControls(song.controls());
        int barStart = 0;
        for (int bar = 0; bar < song.barCount(); bar++) {
            int length = song.barSteps().get(bar);
            add(TokenType.BAR);
            if (bar == 0 || length != song.barSteps().get(bar - 1)) {
                add(TokenType.BAR_LENGTH, length);
            }
            writeBar(barStart, barStart + length);
            barStart += length;
        }
        add(TokenType.EOS);
        return ids;
    }

    private void writeControls(SongControls controls) {
        ids.add(vocabulary.id(new Token(TokenType.STYLE, controls.style().tokenArgument())));
        add(TokenType.DENSITY, controls.density());
        ids.add(vocabulary.id(new Token(TokenType.KEY, controls.key().tokenArgument())));
        add(TokenType.TEMPO_BUCKET, controls.tempoBucket());
    }

    private void writeBar(int barStart, int barEnd) {
        for (int step = nextStep(); step < barEnd; step = nextStep()) {
            add(TokenType.POSITION, step - barStart);
            if (nextChord < song.chords().size() && song.chords().get(nextChord).step() == step) {
                ChordLabel chord = song.chords().get(nextChord++).value();
                ids.add(vocabulary.id(new Token(TokenType.CHORD, chord.tokenArgument())));
            }
            if (nextTempo < song.tempos().size() && song.tempos().get(nextTempo).step() == step) {
                add(TokenType.TEMPO, song.tempos().get(nextTempo++).value());
            }
            writeNotesAt(step);
        }
    }

    private void writeNotesAt(int step) {
        int track = -1;
        while (nextNote < song.notes().size() && song.notes().get(nextNote).startStep() == step) {
            GridNote note = song.notes().get(nextNote++);
            if (note.track() != track) {
                track = note.track();
                add(TokenType.TRACK, track);
            }
            add(TokenType.PITCH, note.pitch());
            add(TokenType.VELOCITY, note.velocityBucket());
            add(TokenType.DURATION, note.durationSteps());
        }
    }

    /** The earliest step at which a note, chord or tempo change is still to be written. */
    private int nextStep() {
        int step = Integer.MAX_VALUE;
        if (nextNote < song.notes().size()) {
            step = song.notes().get(nextNote).startStep();
        }
        if (nextChord < song.chords().size()) {
            step = Math.min(step, song.chords().get(nextChord).step());
        }
        if (nextTempo < song.tempos().size()) {
            step = Math.min(step, song.tempos().get(nextTempo).step());
        }
        return step;
    }

    private void add(TokenType type) {
        ids.add(vocabulary.id(type));
    }

    private void add(TokenType type, int number) {
        ids.add(vocabulary.id(type, number));
    }
}
