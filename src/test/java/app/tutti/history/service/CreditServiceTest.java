package app.tutti.history.service;

import static app.tutti.history.service.HistoryScenario.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.service.ContinuationService;
import app.tutti.ai.service.ModelFiles;
import app.tutti.base.domain.NotFoundException;
import app.tutti.sharing.service.PublicLinkService;
import app.tutti.midi.service.ProjectMidiExport;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credits for a scripted session, checked against numbers worked out by hand: Ana writes 6 notes,
 * Ben writes 2 and edits one of Ana's, Ben accepts 2 notes of an AI generation Ana requested, then
 * Ana deletes one of Ben's notes and edits an AI note. 9 notes remain: Ana 6, Ben 1, AI 2.
 */
@TuttiSpringTest
class CreditServiceTest {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    CreditService credits;
    @Autowired
    CreditsFormat format;
    @Autowired
    ModelFiles model;
    @Autowired
    PublicLinkService publicLinks;
    @Autowired
    ContinuationService continuations;
    @Autowired
    VersionService versions;
    @Autowired
    ProjectMidiExport midiExport;
    @Autowired
    app.tutti.midi.service.ProjectMusicXmlExport musicXmlExport;
    @Autowired
    TestUsers users;
    @Autowired
    JsonMapper json;

    HistoryScenario.Song song;
    /** How credits name the shipped model: "AI (tutti-music-transformer step 3000 sha256:…)". */
    String aiName;
    HistoryScenario.AiNotes ai;

    @BeforeEach
    void play_the_session() {
        song = scenario.start();
        aiName = "AI (" + model.identity().name() + " " + model.identity().version() + ")";
        List<Note> anas = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            anas.add(note(song.track(), 60 + i, 480L * i));
        }
        scenario.add(song.project(), anas.toArray(Note[]::new));
        scenario.as(song.ben());
        Note b1 = note(song.track(), 50, 3840);
        Note b2 = note(song.track(), 52, 4320);
        scenario.add(song.project(), b1, b2);
        scenario.submit(song.project(), new EditOp.UpdateNotes(List.of(new NoteChange(anas.getFirst().id(), null, 72,
                null, null, null))));
        ai = scenario.acceptAi(song.project(), song.track(), song.ana(), song.ben(), 2);
        Note g1 = ai.notes().getFirst();
        scenario.as(song.ana());
        scenario.submit(song.project(), new EditOp.DeleteNotes(List.of(b2.id())));
        scenario.submit(song.project(), new EditOp.UpdateNotes(List.of(new NoteChange(g1.id(), null, null, null, null,
                90))));
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void anyone_with_the_public_link_reads_the_same_credits_and_a_wrong_link_reads_nothing() {
        scenario.as(song.ana());
        String token = publicLinks.enable(song.project()).substring(PublicLinkService.LISTEN_PATH.length());
        Credits forMembers = credits.credits(song.project());
        users.logOut();

        assertThat(credits.creditsByPublicLink(token)).isEqualTo(forMembers);
        assertThatThrownBy(() -> credits.creditsByPublicLink("not-a-link")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> credits.credits(song.project()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void people_and_the_ai_get_the_hand_computed_numbers() {
        Credits result = credits.credits(song.project());

        assertThat(result.totalNotes()).isEqualTo(9);
        assertThat(result.people()).extracting(ContributorCredit::name, ContributorCredit::notesWritten,
                ContributorCredit::notesEdited).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ana", 6, 1),
                        org.assertj.core.groups.Tuple.tuple("Ben", 1, 1));
        assertThat(result.people().get(0).share()).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(result.people().get(1).share()).isCloseTo(1.0 / 9, within(1e-9));
        assertThat(result.ai()).singleElement().satisfies(ai -> {
            assertThat(ai.name()).isEqualTo(aiName);
            assertThat(ai.notesWritten()).isEqualTo(2);
            assertThat(ai.notesEdited()).isZero();
            assertThat(ai.requestedBy()).isEqualTo("Ana");
            assertThat(ai.acceptedBy()).isEqualTo("Ben");
            assertThat(ai.share()).isCloseTo(2.0 / 9, within(1e-9));
        });
        assertThat(result.aiShare()).isCloseTo(2.0 / 9, within(1e-9));
    }

    @Test
    void a_generation_history_cannot_name_is_credited_to_the_ai_and_accepted_by_who_submitted_it() {
        UUID unknown = UUID.randomUUID();
        scenario.as(song.ben());
        scenario.addAsUnknownGeneration(song.project(), unknown, note(song.track(), 40, 0));

        Credits result = credits.credits(song.project());

        assertThat(result.ai()).filteredOn(c -> c.contributor().id().equals(unknown)).singleElement()
                .satisfies(ai -> {
                    assertThat(ai.name()).startsWith("AI generation " + unknown.toString().substring(0, 8));
                    assertThat(ai.acceptedBy()).isEqualTo("Ben");
                    assertThat(ai.notesWritten()).isEqualTo(1);
                });
        assertThat(result.people()).filteredOn(c -> c.name().equals("Ben")).singleElement()
                .satisfies(ben -> assertThat(ben.notesWritten()).isEqualTo(1));
    }

    @Test
    void the_version_summary_says_who_did_what_where() {
        String summary = versions.save(song.project(), "First draft").version().summary();

        assertThat(summary).isEqualTo("Ana added 6 notes in bars 1–2, changed 1 note, deleted 1 note; "
                + "Ben added 2 notes in bar 3, changed 1 note; "
                + aiName + " continuation accepted by Ben added 2 notes in bar 4");
    }

    @Test
    void credits_export_as_json_and_csv() {
        Credits result = credits.credits(song.project());

        JsonNode exported = json.readTree(format.json(result));
        assertThat(exported.path("totalNotes").asInt()).isEqualTo(9);
        assertThat(exported.path("people").get(0).path("name").asString()).isEqualTo("Ana");
        assertThat(exported.path("ai").get(0).path("acceptedBy").asString()).isEqualTo("Ben");
        assertThat(exported.path("shareDefinition").asString()).isEqualTo(Credits.SHARE_DEFINITION);
        assertThat(format.csv(result)).startsWith(CreditsFormat.CSV_HEADER + "\n"
                + "Ana,person,6,1,66.7,,,\n"
                + "Ben,person,1,1,11.1,,,\n"
                + aiName + ",ai,2,0,22.2,Ana,Ben,");
        List<String> provenance = continuations.get(new GenerationId(ai.generationId())).provenance().stream()
                .map(excerpt -> excerpt.describe() + " — " + excerpt.credit()).toList();
        assertThat(result.ai().getFirst().closestTrainingExcerpts()).isEqualTo(provenance);
        assertThat(exported.path("ai").get(0).path("closestTrainingExcerpts").valueStream().map(JsonNode::asString)
                .toList()).isEqualTo(provenance);
    }

    @Test
    void exported_musicxml_names_the_people_and_the_ai_as_creators() {
        String xml = new String(musicXmlExport.export(song.project()).bytes(), StandardCharsets.UTF_8);

        assertThat(xml).contains("<creator type=\"composer\">Ana</creator><creator type=\"composer\">Ben</creator>"
                + "<creator type=\"composer\">" + aiName + "</creator>");
        assertThat(xml).contains("<rights>Written by Ana, Ben and " + aiName + "</rights>");
    }

    @Test
    void exported_midi_carries_the_credits_as_copyright_and_text_events() throws Exception {
        byte[] bytes = midiExport.export(song.project()).bytes();
        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        List<String> copyright = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        var conductor = sequence.getTracks()[0];
        for (int i = 0; i < conductor.size(); i++) {
            if (conductor.get(i).getMessage() instanceof MetaMessage meta) {
                String text = new String(meta.getData(), StandardCharsets.UTF_8);
                if (meta.getType() == 0x02) {
                    copyright.add(text);
                } else if (meta.getType() == 0x01) {
                    texts.add(text);
                }
            }
        }
        assertThat(copyright).containsExactly("Written by Ana, Ben and " + aiName);
        assertThat(texts).contains("Ana: 6 of 9 notes (66.7 %)",
                aiName + ", accepted by Ben: 2 of 9 notes (22.2 %)");
    }
}
