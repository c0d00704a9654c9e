package app.tutti.ai.token;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The kinds of token, in vocabulary order, each with the arguments it takes. A token's name is
 * the prefix alone ({@code Bar}) or the prefix, an underscore and the argument ({@code Pitch_60}).
 * Changing anything here changes the ids: bump {@link RemiVocabulary#VERSION}.
 */
public enum TokenType {
    PAD("PAD"),
    BOS("BOS"),
    EOS("EOS"),
    STYLE("Style", Arrays.stream(Style.values()).map(Style::tokenArgument).toList()),
    DENSITY("Density", numbers(0, SongControls.DENSITY_BUCKETS - 1)),
    KEY("Key", MusicKey.all().stream().map(MusicKey::tokenArgument).toList()),
    TEMPO_BUCKET("TempoBucket", numbers(0, TempoScale.CONTROL.buckets() - 1)),
    BAR("Bar"),
    BAR_LENGTH("BarLength", numbers(1, GridSong.MAX_BAR_STEPS)),
    POSITION("Position", numbers(0, GridSong.MAX_BAR_STEPS - 1)),
    CHORD("Chord", ChordLabel.all().stream().map(ChordLabel::tokenArgument).toList()),
    TEMPO("Tempo", numbers(0, TempoScale.EVENT.buckets() - 1)),
    TRACK("Track", numbers(0, GridNote.TRACKS - 1)),
    PITCH("Pitch", numbers(GridNote.MIN_PITCH, GridNote.MAX_PITCH)),
    VELOCITY("Velocity", numbers(0, GridNote.VELOCITY_BUCKETS - 1)),
    DURATION("Duration", numbers(1, GridNote.MAX_DURATION));

    private final String prefix;
    private final List<String> arguments;
    private final Set<String> argumentSet;

    TokenType(String prefix) {
        this(prefix, List.of());
    }

    TokenType(String prefix, List<String> arguments) {
        this.prefix = prefix;
        this.arguments = arguments;
        this.argumentSet = Set.copyOf(arguments);
    }

    public String prefix() {
        return prefix;
    }

    /** The arguments this type takes, in vocabulary order; empty for a bare token such as {@code Bar}. */
    public List<String> arguments() {
        return arguments;
    }

    public boolean takes(String argument) {
        return arguments.isEmpty() ? argument.isEmpty() : argumentSet.contains(argument);
    }

    /** Whether the arguments are numbers, such as the 21 to 108 of {@code Pitch}. */
    public boolean numeric() {
        return !arguments.isEmpty() && arguments.stream().allMatch(a -> a.chars().allMatch(Character::isDigit));
    }

    /** Every token of this type, in vocabulary order. */
    public List<Token> tokens() {
        return arguments.isEmpty()
                ? List.of(new Token(this, ""))
                : arguments.stream().map(argument -> new Token(this, argument)).toList();
    }

    private static List<String> numbers(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(Integer::toString).toList();
    }
}
