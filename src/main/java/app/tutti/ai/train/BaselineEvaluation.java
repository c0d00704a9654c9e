package app.tutti.ai.train;

import app.tutti.ai.token.RemiTokenizer;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the {@link NGramBaseline} on POP909's training songs (not transposed) and measures its
 * perplexity on the validation and test songs: the number a trained model has to beat.
 */
public final class BaselineEvaluation {

    private static final Logger log = LoggerFactory.getLogger(BaselineEvaluation.class);

    private final Path dataDir;
    private final RemiTokenizer tokenizer;

    public BaselineEvaluation(Path dataDir, RemiTokenizer tokenizer) {
        this.dataDir = dataDir;
        this.tokenizer = tokenizer;
    }

    /** The trained baseline and what it measured. */
    public record Measured(NGramBaseline model, BaselineResult result) {
    }

    /** Uses at most {@code trainLimit} training and {@code evaluationLimit} validation and test songs. */
    public BaselineResult evaluate(int order, int trainLimit, int evaluationLimit) {
        return measure(order, trainLimit, evaluationLimit).result();
    }

    public Measured measure(int order, int trainLimit, int evaluationLimit) {
        List<List<Integer>> train = sequences(DataSplit.TRAIN, trainLimit);
        List<List<Integer>> validation = sequences(DataSplit.VALIDATION, evaluationLimit);
        List<List<Integer>> test = sequences(DataSplit.TEST, evaluationLimit);
        NGramBaseline model = NGramBaseline.train(order, tokenizer.vocabulary().size(), train);
        long trainTokens = train.stream().mapToLong(List::size).sum();
        BaselineResult result = new BaselineResult(order, tokenizer.vocabulary().size(), train.size(), trainTokens,
                validation.size(), model.perplexity(validation), test.size(), model.perplexity(test));
        log.info("Baseline measured:\n{}", result.report());
        return new Measured(model, result);
    }

    private List<List<Integer>> sequences(DataSplit split, int limit) {
        return Pop909Dataset.builder().dataDir(dataDir).split(split).limit(limit).build().sequences(tokenizer);
    }
}
