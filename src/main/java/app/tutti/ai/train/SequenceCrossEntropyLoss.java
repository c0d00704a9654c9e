package app.tutti.ai.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;

/** Mean next-token cross-entropy of (B, T, V) logits against (B, T) labels. */
final class SequenceCrossEntropyLoss extends Loss {

    private final SoftmaxCrossEntropyLoss perToken = new SoftmaxCrossEntropyLoss("perToken");

    SequenceCrossEntropyLoss() {
        super("sequenceCrossEntropy");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.get(0);
        long vocab = logits.getShape().get(2);
        NDArray flatLabels = labels.singletonOrThrow().reshape(-1);
        return perToken.evaluate(new NDList(flatLabels), new NDList(logits.reshape(-1, vocab)));
    }
}
