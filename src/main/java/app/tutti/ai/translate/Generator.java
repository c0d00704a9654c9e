package app.tutti.ai.translate;

import app.tutti.ai.model.MusicModel;
import java.util.Arrays;

/**
 * Continues a prompt token by token with the key/value cache: one forward pass over the prompt,
 * then one pass per new token. When the cache reaches the model's context, it keeps the last
 * three quarters of the tokens and reads them afresh (the learned positions end at the context).
 * Safe to share between threads; each call uses its own native memory.
 */
public final class Generator {

    private final MusicModel model;

    public Generator(MusicModel model) {
        this.model = model;
    }

    /** Up to {@code count} tokens that follow {@code prompt} (fewer if the callback stops early). */
    public int[] continuePrompt(int[] prompt, int count, Sampler sampler, TokenConstraint constraint,
            GenerationCallback callback) {
        checkPrompt(prompt);
        int context = model.config().context();
        int keep = Math.max(1, context * 3 / 4);
        int[] history = Arrays.copyOf(prompt, prompt.length + count);
        int length = prompt.length;
        int generated = 0;
        try (DecodingState state = new DecodingState(model)) {
            float[] logits = state.restart(tail(history, length, context));
            while (generated < count) {
                constraint.apply(Arrays.copyOf(history, length), logits);
                int token = sampler.sample(logits);
                history[length++] = token;
                generated++;
                if (!callback.onToken(token, generated) || generated == count) {
                    break;
                }
                logits = state.length() < context ? state.feed(token) : state.restart(tail(history, length, keep));
            }
        }
        return Arrays.copyOfRange(history, prompt.length, length);
    }

    /** Greedy continuation without constraints. */
    public int[] continueGreedily(int[] prompt, int count) {
        return continuePrompt(prompt, count, new Sampler(SamplingSettings.GREEDY, 0), TokenConstraint.NONE,
                GenerationCallback.CONTINUE);
    }

    private void checkPrompt(int[] prompt) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("The prompt needs at least one token");
        }
        for (int token : prompt) {
            if (token < 0 || token >= model.config().vocabSize()) {
                throw new IllegalArgumentException("Token " + token + " is outside the vocabulary");
            }
        }
    }

    private static int[] tail(int[] history, int length, int most) {
        return Arrays.copyOfRange(history, Math.max(0, length - most), length);
    }
}
