package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads token ids back into a grid song. Any sequence is accepted: what does not fit the layout of
 * {@link RemiTokenizer} is skipped, never thrown. Reading is cumulative: each call continues where
 * the last one stopped, so a growing sequence can be followed token by token.
 */
final class TokenDecoder {

    private static final int FIRST_BAR_STEPS = 16;
    private static final Map<String, Style> STYLES = byArgument(List.of(Style.values()), Style::tokenArgument);
    private static final Map<String, MusicKey> KEYS = byArgument(MusicKey.all(), MusicKey::tokenArgument);
    private static final Map<String, ChordLabel> CHORDS = byArgument(ChordLabel.all(), ChordLabel::tokenArgument);

    private final RemiVocabulary vocabulary;
    private SongControls controls = SongControls.DEFAULTS;
    private final List<Integer> barSteps = new ArrayList<>();
    private final List<GridNote> notes = new ArrayList<>();
    private final List<StepChange<ChordLabel>> chords = new ArrayList<>();
    private final List<StepChange<Integer>> tempos = new ArrayList<>();
    private int barStart;
    private boolean barHasPositions;
    /** The current grid step, or -1 after a bar line until the next valid position. */
    private int step = -1;
    private int track = -1;
    private int pitch = -1;
    private int velocity = -1;
    private @Nullable TokenType lastType;
    private boolean ended;

    TokenDecoder(RemiVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    GridSong decode(List<Integer> ids) {
        read(ids);
        return song();
    }

    /** Reads {@code ids} (after what was read before) and says where the sequence stands after them. */
    TokenPrefix readPrefix(List<Integer> ids) {
        read(ids);
        TokenPrefix.NoteProgress next = pitch < 0 ? TokenPrefix.NoteProgress.NONE
                : velocity < 0 ? TokenPrefix.NoteProgress.VELOCITY : TokenPrefix.NoteProgress.DURATION;
        return new TokenPrefix(song(), lastType, barStart, barSteps.isEmpty() ? 0 : barSteps.getLast(), step, track,
                next);
    }

    private GridSong song() {
        return new GridSong(controls, barSteps, notes, chords, tempos);
    }

    private void read(List<Integer> ids) {
        for (Integer id : ids) {
            if (ended) {
                return;
            }
            if (id == null || !vocabulary.contains(id)) {
                pitch = -1;
                continue;
            }
            if (vocabulary.token(id).type() == TokenType.EOS) {
                ended = true;
                return;
            }
            accept(vocabulary.token(id), vocabulary.number(id));
            lastType = vocabulary.token(id).type();
        }
    }

    private void accept(Token token, int number) {
        TokenType type = token.type();
        if (type != TokenType.VELOCITY && type != TokenType.DURATION) {
            pitch = -1;
        }
        switch (type) {
            case PAD, BOS, EOS -> { }
            case STYLE, DENSITY, KEY, TEMPO_BUCKET -> control(token, number);
            case BAR -> startBar();
            case BAR_LENGTH -> barLength(number);
            case POSITION -> position(number);
            case CHORD -> chords.addAll(atStep(CHORDS.get(token.argument())));
            case TEMPO -> tempos.addAll(atStep(number));
            case TRACK -> track = step < 0 ? -1 : number;
            case PITCH -> startNote(number);
            case VELOCITY -> velocity(number);
            case DURATION -> finishNote(number);
        }
    }

    /** Control tokens count only before the first bar. */
    private void control(Token token, int number) {
        if (!barSteps.isEmpty()) {
            return;
        }
        SongControls c = controls;
        controls = switch (token.type()) {
            case STYLE -> new SongControls(STYLES.get(token.argument()), c.density(), c.key(), c.tempoBucket());
            case DENSITY -> new SongControls(c.style(), number, c.key(), c.tempoBucket());
            case KEY -> new SongControls(c.style(), c.density(), KEYS.get(token.argument()), c.tempoBucket());
            default -> new SongControls(c.style(), c.density(), c.key(), number);
        };
    }

    private void startBar() {
        int length = barSteps.isEmpty() ? FIRST_BAR_STEPS : barSteps.getLast();
        barStart += barSteps.isEmpty() ? 0 : barSteps.getLast();
        barSteps.add(length);
        barHasPositions = false;
        step = -1;
        track = -1;
    }

    /** A bar's length can only be set before its first position. */
    private void barLength(int length) {
        if (!barSteps.isEmpty() && !barHasPositions) {
            barSteps.set(barSteps.size() - 1, length);
        }
    }

    private void position(int position) {
        boolean valid = !barSteps.isEmpty() && position < barSteps.getLast();
        step = valid ? barStart + position : -1;
        barHasPositions |= valid;
        track = -1;
    }

    private <T> List<StepChange<T>> atStep(T value) {
        return step < 0 ? List.of() : List.of(new StepChange<>(step, value));
    }

    private void startNote(int notePitch) {
        pitch = track < 0 ? -1 : notePitch;
        velocity = -1;
    }

    private void velocity(int bucket) {
        if (pitch >= 0 && velocity < 0) {
            velocity = bucket;
        } else {
            pitch = -1;
        }
    }

    private void finishNote(int duration) {
        if (pitch >= 0 && velocity >= 0) {
            notes.add(new GridNote(track, pitch, step, duration, velocity));
        }
        pitch = -1;
    }

    private static <T> Map<String, T> byArgument(List<T> values, Function<T, String> argument) {
        return values.stream().collect(Collectors.toMap(argument, Function.identity()));
    }
}
