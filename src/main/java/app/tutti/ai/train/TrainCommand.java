package app.tutti.ai.train;

import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar tutti.jar train [--data DIR] [--out DIR] [--size small|base] [--steps N]
 * [--batch N] [--seed N] [--transpose N] [--pause-after N]}: trains the music transformer on the
 * corpus and keeps checkpoints (and the vocabulary) in the output folder; running it again with the
 * same options resumes exactly where it stopped. {@code --pause-after} stops at that step on purpose.
 */
public final class TrainCommand {

    private static final Logger log = LoggerFactory.getLogger(TrainCommand.class);

    private TrainCommand() {
    }

    public static TrainingResult run(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", SongDataset.DEFAULT_DATA_DIR.toString()));
        Path out = Path.of(options.getOrDefault("out", "target/model"));
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.standard());
        ModelConfig config = ModelSize.valueOf(options.getOrDefault("size", "base").toUpperCase())
                .config(tokenizer.vocabulary().size());
        TrainingArguments arguments = TrainingArguments.of(config, Integer.parseInt(options.getOrDefault("steps", "6000")))
                .withBatchSize(Integer.parseInt(options.getOrDefault("batch", "16")))
                .withValidation(250, 16)
                .withCheckpoints(out, 250)
                .withLogEvery(25)
                .withSeed(Long.parseLong(options.getOrDefault("seed", "1")));
        log.info("Reading the corpus from {}", data.toAbsolutePath().normalize());
        TrainingCorpus corpus = TrainingCorpus.load(data, tokenizer,
                Integer.parseInt(options.getOrDefault("transpose", "3")));
        log.info("{} training sequences ({} tokens), {} validation sequences; model {}", corpus.training().size(),
                corpus.trainingTokens(), corpus.validation().size(), config);
        Files.createDirectories(out);
        tokenizer.vocabulary().writeTo(out.resolve("vocabulary.txt"));
        TrainingResult result = new TrainMusicTransformer(arguments).fit(
                new TokenBatches(corpus.training(), config.context(), config.vocabSize()),
                new TokenBatches(corpus.validation(), config.context(), config.vocabSize()),
                Long.parseLong(options.getOrDefault("pause-after", Long.toString(arguments.maxSteps()))));
        log.info("Done: {} steps, final training loss {}, best validation perplexity {}, {} tokens/s, {}",
                result.steps(), result.finalTrainLoss(), result.bestValidationPerplexity(),
                Math.round(result.tokensPerSecond()), result.wallTime());
        return result;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs after 'train', got: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
