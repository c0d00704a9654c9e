package app.tutti.ai.token;

import java.util.Optional;

/**
 * The chord qualities the vocabulary knows, plus {@link #NONE} for "no chord". POP909 labels with
 * rarer qualities are read as the nearest one here (see {@link #parsePop909}).
 */
public enum ChordQuality {
    MAJOR("maj"), MINOR("min"), DIMINISHED("dim"), AUGMENTED("aug"), SUS2("sus2"), SUS4("sus4"),
    MAJOR7("maj7"), MINOR7("min7"), DOMINANT7("7"), HALF_DIMINISHED7("hdim7"), DIMINISHED7("dim7"),
    NONE("N");

    private final String symbol;

    ChordQuality(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Reads the part of a POP909 label after the colon. The bass note of an inversion ({@code /3},
     * {@code /b7}) is dropped; {@code maj6} counts as major, {@code min6} and {@code minmaj7} as minor,
     * {@code sus4(b7)} as sus4. Anything else is unknown.
     */
    static Optional<ChordQuality> parsePop909(String label) {
        int slash = label.indexOf('/');
        String quality = slash < 0 ? label : label.substring(0, slash);
        return switch (quality) {
            case "maj6" -> Optional.of(MAJOR);
            case "min6", "minmaj7" -> Optional.of(MINOR);
            case "sus4(b7)" -> Optional.of(SUS4);
            default -> bySymbol(quality);
        };
    }

    static Optional<ChordQuality> bySymbol(String symbol) {
        for (ChordQuality quality : values()) {
            if (quality != NONE && quality.symbol.equals(symbol)) {
                return Optional.of(quality);
            }
        }
        return Optional.empty();
    }
}
