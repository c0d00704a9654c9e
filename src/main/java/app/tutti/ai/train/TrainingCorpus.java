package app.tutti.ai.train;

import app.tutti.ai.token.RemiTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The token sequences a training run reads: POP909 training songs (transposed up to
 * {@code maxTransposition} semitones each way) plus the JSB training chorales, and POP909
 * validation songs as they are. Test songs are never read here.
 */
public record TrainingCorpus(List<int[]> training, List<int[]> validation) {

    public static TrainingCorpus load(Path dataDir, RemiTokenizer tokenizer, int maxTransposition) {
        List<int[]> training = new ArrayList<>();
        addAll(training, Pop909Dataset.builder().dataDir(dataDir).split(DataSplit.TRAIN)
                .maxTransposition(maxTransposition).build(), tokenizer);
        addAll(training, JsbChoraleDataset.builder().dataDir(dataDir).split(DataSplit.TRAIN)
                .maxTransposition(maxTransposition).build(), tokenizer);
        List<int[]> validation = new ArrayList<>();
        addAll(validation, Pop909Dataset.builder().dataDir(dataDir).split(DataSplit.VALIDATION).build(), tokenizer);
        return new TrainingCorpus(List.copyOf(training), List.copyOf(validation));
    }

    static void addAll(List<int[]> into, SongDataset dataset, RemiTokenizer tokenizer) {
        dataset.augmentedSongs().forEach(song -> into.add(tokenizer.encode(song).stream()
                .mapToInt(Integer::intValue).toArray()));
    }

    public long trainingTokens() {
        return training.stream().mapToLong(sequence -> sequence.length).sum();
    }
}
