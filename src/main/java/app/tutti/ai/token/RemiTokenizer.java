package app.tutti.ai.token;

import java.util.List;

/**
 * Writes a {@link GridSong} as token ids and reads token ids back into one. A sequence is
 *
 * <pre>
 * BOS Style_pop Density_5 Key_G_major TempoBucket_3
 * Bar BarLength_16 Position_0 Chord_G_maj Tempo_14 Track_0 Pitch_67 Velocity_5 Duration_4
 *                                                  Track_2 Pitch_43 Velocity_4 Duration_8 Pitch_50 Velocity_4 Duration_8
 *                  Position_4 Track_0 Pitch_69 Velocity_5 Duration_2 ...
 * Bar Position_0 ...
 * EOS
 * </pre>
 *
 * Every bar starts with {@code Bar}; {@code BarLength_k} (sixteenths) follows in the first bar and
 * whenever the length changes. Each grid step with something on it gets a {@code Position_p},
 * counted in sixteenths from the bar line, then the chord and tempo changes at that step, then its
 * notes by track and pitch; a {@code Track_t} opens each track's notes at that position. Bars
 * without notes are written too, so the timing survives. {@code encode} then {@code decode} gives
 * back exactly the same grid song.
 *
 * <p>Decoding accepts any id sequence, as a model may produce: unknown ids and tokens in the wrong
 * place are skipped, a note missing its velocity or duration is dropped, and {@code EOS} ends the
 * song. Missing controls take {@link SongControls#DEFAULTS}, a first bar without length is 16 long.
 */
public final class RemiTokenizer {

    private final RemiVocabulary vocabulary;

    public RemiTokenizer(RemiVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public RemiVocabulary vocabulary() {
        return vocabulary;
    }

    public List<Integer> encode(GridSong song) {
        return new TokenEncoder(vocabulary, song).encode();
    }

    /** Index of the {@code barNumber}-th (from 1) Bar token in {@code tokens}, or -1 if there are fewer bars. */
    public int startOfBar(int[] tokens, int barNumber) {
        int bar = vocabulary.id(TokenType.BAR);
        int seen = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == bar && ++seen == barNumber) {
                return i;
            }
        }
        return -1;
    }

    public GridSong decode(List<Integer> ids) {
        return new TokenDecoder(vocabulary).decode(ids);
    }

    /** Where {@code ids} stand for a token that would follow them (read like {@link #decode}). */
    public TokenPrefix readPrefix(List<Integer> ids) {
        return new TokenDecoder(vocabulary).readPrefix(ids);
    }

    /** Follows a sequence that grows at its end, reading only the new tokens each time. */
    public PrefixReader prefixReader() {
        return new PrefixReader(vocabulary);
    }
}
