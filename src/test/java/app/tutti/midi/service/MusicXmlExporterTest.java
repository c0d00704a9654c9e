package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.domain.MusicalKey;
import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** MusicXML export: valid against the MusicXML 4.0 schema, and the notation says what the notes are. */
class MusicXmlExporterTest {

    private static final int TPQ = 480;
    private final MusicXmlExporter exporter = new MusicXmlExporter();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private static ScoreSheet sheet(MusicalKey key, int beats, int beatUnit, List<MidiTrack> tracks) {
        MidiSong song = new MidiSong(TPQ, List.of(TempoChange.ofBpm(0, 96)),
                List.of(new TimeSignatureChange(0, beats, beatUnit)), tracks);
        return new ScoreSheet("Étude & <Variations>", song, key, List.of("Ana", "AI (tutti-remi 1)"),
                "Written by Ana and AI (tutti-remi 1)", List.of("Ana: 3 of 4 notes (75.0 %)"));
    }

    private String text(Document document, String path) throws Exception {
        return xpath.evaluate(path, document);
    }

    @Test
    void a_two_part_score_in_three_four_is_valid_and_ties_a_note_across_the_barline() throws Exception {
        MidiTrack melody = new MidiTrack("Melody", 0, 0, List.of(
                new MidiNote(63, 0, 480, 90), new MidiNote(67, 0, 480, 90),
                new MidiNote(70, 960, 960, 90)));
        MidiTrack bass = new MidiTrack("Bass", 1, 32, List.of(new MidiNote(39, 0, 1440 * 2, 80)));
        String xml = exporter.export(sheet(new MusicalKey(3, MusicalKey.Mode.MAJOR), 3, 4, List.of(melody, bass)),
                LocalDate.of(2026, 11, 26));

        Document document = MusicXmlSchema.validate(xml);

        assertThat(text(document, "count(/score-partwise/part)")).isEqualTo("2");
        assertThat(text(document, "/score-partwise/work/work-title")).isEqualTo("Étude & <Variations>");
        assertThat(text(document, "count(/score-partwise/identification/creator[@type='composer'])")).isEqualTo("2");
        assertThat(text(document, "/score-partwise/identification/creator[2]")).isEqualTo("AI (tutti-remi 1)");
        assertThat(text(document, "/score-partwise/identification/rights")).startsWith("Written by Ana");
        assertThat(text(document, "//part[@id='P1']/measure[1]/attributes/key/fifths")).isEqualTo("-3");
        assertThat(text(document, "//part[@id='P1']/measure[1]/attributes/time/beats")).isEqualTo("3");
        assertThat(text(document, "//part[@id='P2']/measure[1]/attributes/clef/sign")).isEqualTo("F");
        assertThat(text(document, "//part[@id='P1']/measure[1]/note[1]/pitch/step")).isEqualTo("E");
        assertThat(text(document, "//part[@id='P1']/measure[1]/note[1]/pitch/alter")).isEqualTo("-1");
        assertThat(text(document, "count(//part[@id='P1']/measure[1]/note[chord])")).isEqualTo("1");
        // B♭4 starts on beat 3 of bar 1 and lasts two beats: a quarter tied over the barline to a quarter.
        assertThat(text(document, "//part[@id='P1']/measure[1]/note[last()]/tie/@type")).isEqualTo("start");
        assertThat(text(document, "//part[@id='P1']/measure[2]/note[1]/tie/@type")).isEqualTo("stop");
        assertThat(text(document, "//part[@id='P1']/measure[2]/note[1]/pitch/step")).isEqualTo("B");
        // The bass lasts two whole bars: a dotted half in each, tied.
        assertThat(text(document, "//part[@id='P2']/measure[1]/note[1]/type")).isEqualTo("half");
        assertThat(text(document, "count(//part[@id='P2']/measure[1]/note[1]/dot)")).isEqualTo("1");
        assertThat(text(document, "count(//part[@id='P2']/measure)")).isEqualTo("2");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void random_songs_are_valid_and_every_measure_is_exactly_full(int seed) throws Exception {
        Random random = new Random(seed);
        int[][] meters = {{4, 4}, {3, 4}, {6, 8}, {5, 4}, {7, 8}, {2, 2}, {12, 8}, {3, 8}};
        int[] meter = meters[seed % meters.length];
        List<MidiTrack> tracks = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            List<MidiNote> notes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                notes.add(new MidiNote(30 + random.nextInt(60), random.nextInt(200) * 37L, 1 + random.nextInt(2000),
                        1 + random.nextInt(127)));
            }
            notes.sort(MidiNote.IN_TIME_ORDER);
            tracks.add(new MidiTrack("Track " + t, t, random.nextInt(128), notes));
        }
        MusicalKey key = MusicalKey.all().get(random.nextInt(24));

        Document document = MusicXmlSchema.validate(exporter.export(sheet(key, meter[0], meter[1], tracks),
                LocalDate.of(2026, 11, 26)));

        int measureLength = meter[0] * ScoreSlicer.UNITS_PER_QUARTER * 4 / meter[1];
        NodeList measures = (NodeList) xpath.evaluate("//measure", document, XPathConstants.NODESET);
        for (int m = 0; m < measures.getLength(); m++) {
            NodeList notes = ((Element) measures.item(m)).getElementsByTagName("note");
            int total = 0;
            for (int n = 0; n < notes.getLength(); n++) {
                Element note = (Element) notes.item(n);
                if (note.getElementsByTagName("chord").getLength() == 0) {
                    total += Integer.parseInt(note.getElementsByTagName("duration").item(0).getTextContent());
                }
            }
            assertThat(total).as("measure %d", m + 1).isEqualTo(measureLength);
        }
    }

    @Test
    void the_schema_check_rejects_a_note_without_a_duration() throws Exception {
        String xml = exporter.export(sheet(MusicalKey.C_MAJOR, 4, 4, List.of(new MidiTrack("Piano", 0, 0,
                List.of(new MidiNote(60, 0, 480, 90))))), LocalDate.of(2026, 11, 26));
        String broken = xml.replaceFirst("<duration>8</duration>", "");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MusicXmlSchema.validate(broken))
                .isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void a_length_splits_into_written_values_longest_first() {
        assertThat(NoteValue.split(5)).extracting(NoteValue::type).containsExactly("eighth", "32nd");
        assertThat(NoteValue.split(12)).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo("quarter");
            assertThat(v.dots()).isEqualTo(1);
        });
        assertThat(NoteValue.split(56)).extracting(NoteValue::length).containsExactly(48, 8);
    }
}
