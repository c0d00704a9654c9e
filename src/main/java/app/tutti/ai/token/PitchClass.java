package app.tutti.ai.token;

import java.util.Optional;

/** One of the twelve pitch classes, spelled the way POP909's chord labels spell them. */
public enum PitchClass {
    C("C"), C_SHARP("C#"), D("D"), E_FLAT("Eb"), E("E"), F("F"),
    F_SHARP("F#"), G("G"), A_FLAT("Ab"), A("A"), B_FLAT("Bb"), B("B");

    private static final String LETTERS = "C D EF G A B";

    private final String symbol;

    PitchClass(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static PitchClass of(int pitch) {
        return values()[Math.floorMod(pitch, 12)];
    }

    public PitchClass transposed(int semitones) {
        return of(ordinal() + semitones);
    }

    /** Reads a letter with any number of sharps and flats: {@code C#}, {@code Db} and {@code B##} all work. */
    public static Optional<PitchClass> parse(String text) {
        int letter = text.isEmpty() ? -1 : LETTERS.indexOf(text.charAt(0));
        if (letter < 0 || text.charAt(0) == ' ') {
            return Optional.empty();
        }
        int semitone = letter;
        for (char accidental : text.substring(1).toCharArray()) {
            switch (accidental) {
                case '#' -> semitone++;
                case 'b' -> semitone--;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(of(semitone));
    }
}
