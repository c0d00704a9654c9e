package app.tutti.ai.train;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.TokenType;
import app.tutti.ai.translate.Generator;
import app.tutti.ai.translate.Sampler;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.StopAfterBars;
import app.tutti.ai.translate.TokenConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prompts with the first {@link #PROMPT_BARS} bars of each test song and lets the transformer and
 * the n-gram baseline write the next {@link #CONTINUATION_BARS}; collects statistics of those bars
 * beside the real continuation's. The prompt's control tokens (key, density, tempo) are the
 * song's, as a user's prompt controls would be.
 */
final class ContinuationEvaluation {

    static final int PROMPT_BARS = 8;
    static final int CONTINUATION_BARS = 4;
    static final int MAX_TOKENS = 1500;
    static final SamplingSettings SAMPLING = new SamplingSettings(1.0f, 0, 0.95f, 0);

    /** Statistics of the three continuations, and the three whole songs (prompt and continuation). */
    record Result(ContinuationStats real, ContinuationStats transformer, ContinuationStats baseline,
            GridSong realSong, GridSong transformerSong, GridSong baselineSong) {
    }

    private final RemiTokenizer tokenizer;
    private final int barToken;

    ContinuationEvaluation(RemiTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.barToken = tokenizer.vocabulary().id(TokenType.BAR);
    }

    /** One result per song long enough for prompt and continuation; seeded, so repeatable. */
    List<Result> evaluate(List<GridSong> songs, MusicModel model, NGramBaseline baseline, long seed) {
        List<Result> results = new ArrayList<>();
        Generator generator = new Generator(model);
        for (int i = 0; i < songs.size(); i++) {
            GridSong song = songs.get(i);
            int[] tokens = tokenizer.encode(song).stream().mapToInt(Integer::intValue).toArray();
            int promptEnd = tokenizer.startOfBar(tokens, PROMPT_BARS + 1);
            if (song.barCount() < PROMPT_BARS + CONTINUATION_BARS || promptEnd < 0) {
                continue;
            }
            int[] prompt = Arrays.copyOf(tokens, promptEnd);
            int[] written = generator.continuePrompt(prompt, MAX_TOKENS, new Sampler(SAMPLING, seed + i),
                    TokenConstraint.NONE, new StopAfterBars(barToken, CONTINUATION_BARS));
            List<Integer> sampled = baselineContinuation(baseline, prompt, new Random(seed + i));
            GridSong continued = decode(prompt, written);
            GridSong baselineSong = decode(prompt, sampled.stream().mapToInt(Integer::intValue).toArray());
            results.add(new Result(stats(song), stats(continued), stats(baselineSong), song, continued, baselineSong));
        }
        return results;
    }

    private List<Integer> baselineContinuation(NGramBaseline baseline, int[] prompt, Random random) {
        List<Integer> tokens = new ArrayList<>(Arrays.stream(prompt).boxed().toList());
        int start = tokens.size();
        for (int bar = 0; bar <= CONTINUATION_BARS && tokens.size() - start < MAX_TOKENS; bar++) {
            tokens.addAll(baseline.sample(tokens, MAX_TOKENS - (tokens.size() - start), barToken, random));
        }
        return tokens.subList(start, tokens.size());
    }

    private GridSong decode(int[] prompt, int[] continuation) {
        int[] all = Arrays.copyOf(prompt, prompt.length + continuation.length);
        System.arraycopy(continuation, 0, all, prompt.length, continuation.length);
        return tokenizer.decode(Arrays.stream(all).boxed().toList());
    }

    /** Statistics of the bars after the prompt. */
    private static ContinuationStats stats(GridSong song) {
        int from = song.barStart(PROMPT_BARS);
        int to = song.barStart(PROMPT_BARS + CONTINUATION_BARS);
        List<GridNote> notes = song.notes().stream().filter(n -> n.startStep() >= from && n.startStep() < to).toList();
        return ContinuationStats.of(notes, CONTINUATION_BARS, song.controls().key());
    }
}
