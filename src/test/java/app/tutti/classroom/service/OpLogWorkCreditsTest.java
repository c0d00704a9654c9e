package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Credits read from the log: adders own their notes while they exist, the template's part is not counted. */
class OpLogWorkCreditsTest {

    final ProjectId project = ProjectId.random();
    final UUID track = UUID.randomUUID();
    final UserId ann = UserId.random();
    final UserId ben = UserId.random();
    final List<OpLogEntry> log = new ArrayList<>();

    @Test
    void each_person_and_the_ai_are_credited_with_the_notes_they_added_that_still_exist() {
        UUID templateNote = add(ben, null);
        long base = log.size();
        add(ann, null);
        UUID annsSecond = add(ann, null);
        UUID bens = add(ben, null);
        add(ann, UUID.randomUUID());
        entry(ann, null, new EditOp.UpdateNotes(List.of(new NoteChange(bens, null, 62, null, null, null))));
        entry(ben, null, new EditOp.DeleteNotes(List.of(annsSecond, templateNote)));

        WorkContributions c = OpLogWorkCredits.tally(log, base);

        assertThat(c.notesBy(ann)).isEqualTo(1);
        assertThat(c.notesBy(ben)).as("moved by Ann, still Ben's").isEqualTo(1);
        assertThat(c.aiNotes()).isEqualTo(1);
        assertThat(c.totalNotes()).isEqualTo(3);
        assertThat(c.percentBy(ann)).isEqualTo(33);
        assertThat(c.aiPercent()).isEqualTo(33);
        assertThat(c.edits()).isEqualTo(6);
        assertThat(c.lastActivity()).isEqualTo(log.getLast().at());
    }

    @Test
    void an_untouched_copy_has_no_edits_and_no_activity() {
        add(ann, null);
        WorkContributions c = OpLogWorkCredits.tally(log, log.size());
        assertThat(c.edits()).isZero();
        assertThat(c.lastActivity()).isNull();
        assertThat(c.percentBy(ann)).isZero();
    }

    private UUID add(UserId author, UUID generation) {
        UUID id = UUID.randomUUID();
        entry(author, generation, new EditOp.AddNotes(List.of(new Note(id, track, 60, 0, 480, 90))));
        return id;
    }

    private void entry(UserId author, UUID generation, EditOp op) {
        long seq = log.size() + 1;
        log.add(new OpLogEntry(project, seq, author, UUID.randomUUID(), seq - 1, op,
                Instant.parse("2026-11-26T10:00:00Z").plusSeconds(seq), generation));
    }
}
