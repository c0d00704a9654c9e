package app.tutti.midi.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "New from template" starting points: excerpts of POP909 songs and a Bach chorale, read
 * from the music corpus folder ({@code tutti.music-data-dir}) when asked for.
 */
@Component
public class TemplateCatalog {

    static final String POP909_CREDIT = "POP909 (MIT licence): Wang, Chen, Jiang, Zhang, Xu, Dai, Bin, Xia, "
            + "“POP909: A Pop-song Dataset for Music Arrangement Generation”, ISMIR 2020";
    static final String JSB_CREDIT = "J. S. Bach, four-part chorale (public domain); JSB Chorales data set, "
            + "Boulanger-Lewandowski et al. 2012";

    private record Pop909Excerpt(Template template, int song, int firstBar, int bars) {
    }

    private static final List<Pop909Excerpt> POP909 = List.of(
            pop909(3, 9, 8, "Bright verse in three parts: melody, counter-melody and piano."),
            pop909(10, 17, 8, "A ballad chorus with a flowing piano part."),
            pop909(25, 9, 8, "Mid-tempo groove; the piano keeps steady eighths."),
            pop909(50, 13, 8, "Verse with a syncopated melody."),
            pop909(100, 9, 8, "Gentle opening phrase to build a song on."),
            pop909(200, 17, 8, "Chorus hook with a busy accompaniment."));
    private static final Template CHORALE = new Template("jsb-test-1", "Bach chorale (four voices)",
            "A complete four-part chorale: soprano, alto, tenor and bass on their own tracks.", JSB_CREDIT);

    private static final TypeReference<Map<String, int[][][]>> CHORALE_SPLITS = new TypeReference<>() { };

    private final Path dataDir;
    private final MidiImporter importer;
    private final JsonMapper json;

    /** Takes a String, not a Path: in a web context Spring would resolve a Path as a servlet resource. */
    TemplateCatalog(@Value("${tutti.music-data-dir}") String dataDir, MidiImporter importer, JsonMapper json) {
        this.dataDir = Path.of(dataDir);
        this.importer = importer;
        this.json = json;
    }

    /** The templates whose source files are present. */
    public List<Template> available() {
        List<Template> templates = new java.util.ArrayList<>(POP909.stream()
                .filter(excerpt -> Files.isRegularFile(songFile(excerpt.song())))
                .map(Pop909Excerpt::template).toList());
        if (Files.isRegularFile(choraleFile())) {
            templates.add(CHORALE);
        }
        return templates;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The template's music, cut and shifted to start at bar 1. */
    public MidiSong song(String templateId) {
        if (templateId.equals(CHORALE.id())) {
            return readChorale();
        }
        Pop909Excerpt excerpt = byId().get(templateId);
        if (excerpt == null) {
            throw new NotFoundException("There is no template called " + templateId + ".");
        }
        MidiSong song = importer.importFrom(readAll(songFile(excerpt.song()))).song();
        return new BarExcerpt(excerpt.firstBar(), excerpt.bars()).cut(song);
    }

    public Template template(String templateId) {
        if (templateId.equals(CHORALE.id())) {
            return CHORALE;
        }
        Pop909Excerpt excerpt = byId().get(templateId);
        if (excerpt == null) {
            throw new NotFoundException("There is no template called " + templateId + ".");
        }
        return excerpt.template();
    }

    private MidiSong readChorale() {
        Map<String, int[][][]> splits = json.readValue(readAll(choraleFile()), CHORALE_SPLITS);
        return ChoraleReader.read(splits.get("test")[0], 72);
    }

    private static Pop909Excerpt pop909(int song, int firstBar, int bars, String description) {
        String number = String.format("%03d", song);
        return new Pop909Excerpt(new Template("pop909-" + number, "POP909 song " + number + ", bars " + firstBar + "–"
                + (firstBar + bars - 1), description, POP909_CREDIT), song, firstBar, bars);
    }

    private static Map<String, Pop909Excerpt> byId() {
        return POP909.stream().collect(Collectors.toMap(e -> e.template().id(), Function.identity()));
    }

    private Path songFile(int song) {
        String number = String.format("%03d", song);
        return dataDir.resolve("pop909").resolve(number).resolve(number + ".mid");
    }

    private Path choraleFile() {
        return dataDir.resolve("jsb-chorales").resolve("Jsb16thSeparated.json");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("The template's source file cannot be read: " + file);
        }
    }
}
