package app.tutti.ai.train;

import app.tutti.ai.provenance.IndexedSource;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.token.GridSong;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar tutti.jar index [--data DIR] [--out FILE]}: builds the provenance index over the
 * training split only (POP909 001–809 and the training chorales) and writes it beside the model.
 */
public final class IndexCommand {

    private static final Logger log = LoggerFactory.getLogger(IndexCommand.class);
    static final String POP909_CREDIT = "POP909 (MIT licence), Wang, Chen, Jiang, Zhang, Xu, Dai, Bin, Xia, ISMIR 2020";
    static final String CHORALE_CREDIT = "J. S. Bach (public domain), JSB Chorales data set, Boulanger-Lewandowski"
            + " et al. 2012";

    private IndexCommand() {
    }

    public static ProvenanceIndex run(String[] args) throws IOException {
        Map<String, String> options = TrainCommand.options(args);
        Path data = Path.of(options.getOrDefault("data", SongDataset.DEFAULT_DATA_DIR.toString()));
        Path out = Path.of(options.getOrDefault("out", "src/main/resources/model/provenance.idx"));
        ProvenanceIndex index = ProvenanceIndex.build(trainingEntries(data));
        Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream stream = Files.newOutputStream(temporary)) {
            index.write(stream);
        }
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Indexed {} training songs, {} patterns, into {} ({} bytes)", index.sourceCount(),
                index.patternCount(), out, Files.size(out));
        return index;
    }

    /** Every song of the training split, named and credited. */
    static List<ProvenanceIndex.Entry> trainingEntries(Path data) {
        List<ProvenanceIndex.Entry> entries = new ArrayList<>();
        Pop909Dataset pop909 = Pop909Dataset.builder().dataDir(data).split(DataSplit.TRAIN).build();
        List<Integer> numbers = pop909.songNumbers();
        for (int i = 0; i < numbers.size(); i++) {
            GridSong song = pop909.songs().get(i);
            entries.add(new ProvenanceIndex.Entry(new IndexedSource(String.format("POP909 song %03d", numbers.get(i)),
                    POP909_CREDIT, song.barStarts()), song));
        }
        List<GridSong> chorales = JsbChoraleDataset.builder().dataDir(data).split(DataSplit.TRAIN).build().songs();
        for (int i = 0; i < chorales.size(); i++) {
            entries.add(new ProvenanceIndex.Entry(new IndexedSource("JSB training chorale " + (i + 1), CHORALE_CREDIT,
                    chorales.get(i).barStarts()), chorales.get(i)));
        }
        return entries;
    }
}
