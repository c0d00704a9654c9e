package app.tutti.ai.token;

import java.util.Arrays;

/**
 * Says where a growing token sequence stands, reading only what was appended since the last call:
 * a generation asks before every token, and decoding the whole history each time would cost time
 * proportional to its length per token. If the sequence is not an extension of the one read before
 * (shorter, or another one), it starts over. It keeps the array it is given, which must not change
 * afterwards. Not thread-safe; one per generation.
 */
public final class PrefixReader {

    private final RemiVocabulary vocabulary;
    private TokenDecoder decoder;
    private int[] read = new int[0];

    PrefixReader(RemiVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.decoder = new TokenDecoder(vocabulary);
    }

    public TokenPrefix after(int[] history) {
        if (!extendsWhatWasRead(history)) {
            decoder = new TokenDecoder(vocabulary);
            read = new int[0];
        }
        TokenPrefix prefix = decoder.readPrefix(
                Arrays.stream(history, read.length, history.length).boxed().toList());
        read = history;
        return prefix;
    }

    private boolean extendsWhatWasRead(int[] history) {
        return history.length >= read.length && Arrays.equals(history, 0, read.length, read, 0, read.length);
    }
}
