package app.tutti.ai.train;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.GridSongMidi;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.composition.domain.Project;
import app.tutti.midi.service.MidiExporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar tutti.jar eval [--model DIR] [--data DIR] [--card docs/model-card.md] [--songs N]}:
 * measures the model's validation and test perplexity beside a 4-gram baseline trained on the same
 * songs, lets both continue N test songs (twice, for the originality check against the training
 * songs), and writes the model card.
 */
public final class EvaluateCommand {

    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);
    static final int BASELINE_ORDER = 4;
    static final long CONTINUATION_SEED = 909;
    /** Seeds the second continuation of each test song, for the 100 the originality check reads. */
    static final long SECOND_SEED = 100_909;
    static final int SAMPLES = 3;

    private EvaluateCommand() {
    }

    public static ModelEvaluation run(String[] args) throws IOException {
        Map<String, String> options = TrainCommand.options(args);
        Path data = Path.of(options.getOrDefault("data", SongDataset.DEFAULT_DATA_DIR.toString()));
        Path modelDir = Path.of(options.getOrDefault("model", "target/model"));
        Path card = Path.of(options.getOrDefault("card", "docs/model-card.md"));
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir.resolve("vocabulary.txt")));
        BaselineEvaluation.Measured measured = new BaselineEvaluation(data, tokenizer).measure(BASELINE_ORDER,
                Integer.MAX_VALUE, Integer.MAX_VALUE);
        BaselineResult baseline = measured.result();
        log.info("Baseline {}-gram: validation {}, test {}", BASELINE_ORDER, baseline.validationPerplexity(),
                baseline.testPerplexity());
        try (MusicModel model = MusicModel.load(modelDir)) {
            List<int[]> validation = sequences(data, DataSplit.VALIDATION, tokenizer);
            ModelEvaluation evaluation = new ModelEvaluation(model.config(), model.parameterCount(),
                    TransformerPerplexity.of(model, validation),
                    TransformerPerplexity.of(model, sequences(data, DataSplit.TEST, tokenizer)),
                    TransformerPerplexity.of(model, validation.subList(0, ModelEvaluation.SLICE_SONGS)), baseline);
            log.info("Transformer: validation {}, test {}", evaluation.validationPerplexity(),
                    evaluation.testPerplexity());
            List<GridSong> testSongs = Pop909Dataset.builder().dataDir(data).split(DataSplit.TEST)
                    .limit(Integer.parseInt(options.getOrDefault("songs", "50"))).build().songs();
            ContinuationEvaluation continuation = new ContinuationEvaluation(tokenizer);
            List<ContinuationEvaluation.Result> continuations = continuation.evaluate(testSongs, model,
                    measured.model(), CONTINUATION_SEED);
            List<ContinuationEvaluation.Result> originality = new ArrayList<>(continuations);
            originality.addAll(continuation.evaluate(testSongs, model, measured.model(), SECOND_SEED));
            log.info("Continued {} test songs twice", continuations.size());
            writeSamples(continuations, Path.of(options.getOrDefault("samples", "docs/samples")));
            Files.createDirectories(card.toAbsolutePath().getParent());
            Files.writeString(card, new ModelCard(evaluation, modelDir).markdown()
                    + new ContinuationTable(continuations).markdown()
                    + new OriginalityTable(new VerbatimCopies(trainingSongs(data)), originality).markdown()
                    + provenance(modelDir, originality, testSongs));
            return evaluation;
        }
    }

    /** The first few continuations as MIDI files: 8 bars of a test song, then 4 bars by the model. */
    private static void writeSamples(List<ContinuationEvaluation.Result> results, Path folder) throws IOException {
        Files.createDirectories(folder);
        MidiExporter exporter = new MidiExporter();
        for (int i = 0; i < Math.min(SAMPLES, results.size()); i++) {
            var song = GridSongMidi.toMidi(results.get(i).transformerSong(), Project.DEFAULT_TICKS_PER_QUARTER,
                    List.of("Melody", "Bridge", "Piano"));
            Files.write(folder.resolve("continuation-" + (i + 1) + ".mid"), exporter.export(song));
        }
    }

    /** The provenance section, if the model folder has an index. */
    private static String provenance(Path modelDir, List<ContinuationEvaluation.Result> continuations,
            List<GridSong> testSongs) throws IOException {
        Path file = modelDir.resolve("provenance.idx");
        if (!Files.exists(file)) {
            log.warn("No provenance index in {}: the model card leaves out the provenance section", modelDir);
            return "";
        }
        ProvenanceIndex index;
        try (InputStream in = Files.newInputStream(file)) {
            index = ProvenanceIndex.read(in);
        }
        int prompt = ContinuationEvaluation.PROMPT_BARS;
        int bars = ContinuationEvaluation.CONTINUATION_BARS;
        List<GridSong> generated = continuations.stream()
                .filter(result -> result.transformerSong().barCount() > prompt)
                .map(result -> result.transformerSong().bars(prompt, prompt + bars)).toList();
        List<GridSong> real = new ArrayList<>();
        for (int from : new int[] {prompt, prompt + bars}) {
            testSongs.stream().filter(song -> song.barCount() >= from + bars)
                    .forEach(song -> real.add(song.bars(from, from + bars)));
        }
        return new ProvenanceTable(index, generated, real).markdown();
    }

    private static List<GridSong> trainingSongs(Path data) {
        List<GridSong> songs = new ArrayList<>(Pop909Dataset.builder().dataDir(data).split(DataSplit.TRAIN).build()
                .songs());
        songs.addAll(JsbChoraleDataset.builder().dataDir(data).split(DataSplit.TRAIN).build().songs());
        return songs;
    }

    private static List<int[]> sequences(Path data, DataSplit split, RemiTokenizer tokenizer) {
        List<int[]> sequences = new ArrayList<>();
        TrainingCorpus.addAll(sequences, Pop909Dataset.builder().dataDir(data).split(split).build(), tokenizer);
        return sequences;
    }
}
