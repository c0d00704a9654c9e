package app.tutti.ai.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import app.tutti.ai.model.MusicModel;
import java.util.Arrays;
import java.util.List;

/**
 * Per-token perplexity of a trained model on whole sequences: every token after the first is
 * predicted once, from the tokens before it in its window of {@code context} tokens (windows do
 * not overlap, so early positions of a window see less history). Matches what
 * {@link NGramBaseline#perplexity} counts, so the two are comparable.
 */
public final class TransformerPerplexity {

    private TransformerPerplexity() {
    }

    public static double of(MusicModel model, List<int[]> sequences) {
        int context = model.config().context();
        double negativeLogLikelihood = 0;
        long predicted = 0;
        for (int[] sequence : sequences) {
            for (int start = 0; start < sequence.length - 1; start += context) {
                int end = Math.min(start + context, sequence.length - 1);
                negativeLogLikelihood += windowLoss(model, Arrays.copyOfRange(sequence, start, end + 1));
                predicted += end - start;
            }
        }
        return Math.exp(negativeLogLikelihood / predicted);
    }

    /** Sum of -log p(token[i+1] | tokens[0..i]) over the window. */
    private static double windowLoss(MusicModel model, int[] window) {
        int length = window.length - 1;
        try (NDManager manager = model.newManager()) {
            long[] input = new long[length];
            for (int i = 0; i < length; i++) {
                input[i] = window[i];
            }
            NDArray logits = model.forward(new NDList(manager.create(input).reshape(1, length))).head();
            float[] logProbabilities = logits.logSoftmax(2).toFloatArray();
            int vocabulary = model.config().vocabSize();
            double loss = 0;
            for (int i = 0; i < length; i++) {
                loss -= logProbabilities[i * vocabulary + window[i + 1]];
            }
            return loss;
        }
    }
}
