package app.tutti.ai.domain;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.TokenType;
import app.tutti.ai.translate.AtLeastOneNote;
import app.tutti.ai.translate.MusicConstraint;
import app.tutti.ai.translate.MusicRules;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.StopAfterBars;
import app.tutti.ai.translate.TokenConstraint;
import app.tutti.composition.domain.Note;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The model's work for one generation, complete enough for any node to run it and place the
 * result: the prompt tokens, the token budget and bar count, the sampling settings and seed, and
 * where the new notes go in the project. The prompt covers {@code promptSteps} sixteenths that
 * start at project step {@code fromStep}; new notes start after them, on grid track
 * {@code gridTrack}, and become notes of project track {@code trackId}. With {@code clipSteps} > 0
 * (fill-in) notes are cut off that many sixteenths after the prompt. {@code rules} (already limited
 * to {@code gridTrack}) travel with the task so a worker node applies the same constraint.
 */
public record GenerationTask(int[] prompt, int maxTokens, int bars, float temperature, int topK, float topP,
        float minP, long seed, UUID trackId, int gridTrack, long fromStep, int promptSteps, int clipSteps,
        double ticksPerStep, MusicRules rules) {

    /**
     * The same work for the {@code attempt}-th (from 1) automatic retry after the originality gate,
     * with a seed drawn from this task's seed: a seeded request is reproducible through its retries.
     */
    public GenerationTask retry(int attempt) {
        return withSeed(new SplittableRandom(seed + attempt).nextLong() & Long.MAX_VALUE);
    }

    private GenerationTask withSeed(long newSeed) {
        return new GenerationTask(prompt, maxTokens, bars, temperature, topK, topP, minP, newSeed, trackId, gridTrack,
                fromStep, promptSteps, clipSteps, ticksPerStep, rules);
    }

    public SamplingSettings sampling() {
        return new SamplingSettings(temperature, topK, topP, minP);
    }

    /**
     * The token grammar, the user's rules and "at least one note", applied to the logits before every
     * sampled token. One per run: it is told where the prompt ends.
     */
    public TokenConstraint constraint(RemiTokenizer tokenizer) {
        return new MusicConstraint(tokenizer, rules)
                .andThen(new AtLeastOneNote(tokenizer.vocabulary(), prompt.length, bars));
    }

    public StopAfterBars stopRule(RemiTokenizer tokenizer) {
        return new StopAfterBars(tokenizer.vocabulary().id(TokenType.BAR), bars);
    }

    /** The notes the generated tokens add on the requested track, in project ticks, each with a new id. */
    public List<Note> notesFrom(RemiTokenizer tokenizer, int[] generated) {
        int[] all = Arrays.copyOf(prompt, prompt.length + generated.length);
        System.arraycopy(generated, 0, all, prompt.length, generated.length);
        GridSong song = tokenizer.decode(Arrays.stream(all).boxed().toList());
        int end = clipSteps > 0 ? promptSteps + clipSteps : Integer.MAX_VALUE;
        return song.notes().stream()
                .filter(note -> note.track() == gridTrack && note.startStep() >= promptSteps && note.startStep() < end)
                .map(note -> toNote(note, Math.min(note.durationSteps(), end - note.startStep())))
                .toList();
    }

    private Note toNote(GridNote note, int durationSteps) {
        long start = Math.round((fromStep + note.startStep()) * ticksPerStep);
        long duration = Math.max(1, Math.round(durationSteps * ticksPerStep));
        int velocity = Math.min(127, note.velocityBucket() * 16 + 8);
        return new Note(UUID.randomUUID(), trackId, note.pitch(), start, duration, velocity);
    }
}
