package app.tutti.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.NoteDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property: whatever random operations lie between two versions, the diff explains exactly the change. */
class VersionDiffTest {

    private static final UUID PIANO = UUID.randomUUID();
    private static final UUID BASS = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void the_diff_between_two_versions_explains_exactly_the_operations_between_them(long seed) {
        Random random = new Random(seed);
        NoteDocument document = new NoteDocument();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            document.apply(randomOp(random, ids));
        }
        Map<UUID, Note> older = byId(document.notes());
        for (int i = 0, n = random.nextInt(40); i < n; i++) {
            document.apply(randomOp(random, ids));
        }
        Map<UUID, Note> newer = byId(document.notes());

        VersionDiff diff = VersionDiff.between(older.values(), newer.values());

        assertThat(ids(diff.added())).isEqualTo(minus(newer.keySet(), older.keySet()));
        assertThat(ids(diff.removed())).isEqualTo(minus(older.keySet(), newer.keySet()));
        Set<UUID> changed = newer.keySet().stream()
                .filter(id -> older.containsKey(id) && !older.get(id).equals(newer.get(id)))
                .collect(Collectors.toSet());
        assertThat(diff.changed()).hasSize(changed.size()).allSatisfy(delta -> {
            assertThat(delta.before()).isEqualTo(older.get(delta.after().id()));
            assertThat(delta.after()).isEqualTo(newer.get(delta.before().id()));
            assertThat(delta.changedFields()).isNotEmpty();
        });
        assertThat(diff.added()).allSatisfy(note -> assertThat(note).isEqualTo(newer.get(note.id())));
        assertThat(diff.removed()).allSatisfy(note -> assertThat(note).isEqualTo(older.get(note.id())));

        NoteDocument replayed = new NoteDocument(older.values());
        diff.operations().forEach(replayed::apply);
        assertThat(byId(replayed.notes())).isEqualTo(newer);
        assertThat(VersionDiff.between(newer.values(), older.values()).size()).isEqualTo(diff.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void authorship_replay_ends_with_the_same_notes_as_the_document(long seed) {
        Random random = new Random(seed);
        NoteDocument document = new NoteDocument();
        Authorship authorship = new Authorship();
        List<UUID> ids = new ArrayList<>();
        for (int seq = 1; seq <= 200; seq++) {
            EditOp op = randomOp(random, ids);
            document.apply(op);
            authorship.apply(new HistoryOp(seq, Contributor.generation(UUID.randomUUID()), null,
                    java.time.Instant.EPOCH, op));
        }
        assertThat(byId(authorship.document())).isEqualTo(byId(document.notes()));
        assertThat(authorship.seq()).isEqualTo(200);

        Authorship decoded = AuthorshipCodec.decode(200, AuthorshipCodec.encode(authorship));
        assertThat(decoded.notes()).containsExactlyInAnyOrderElementsOf(authorship.notes());
        assertThat(decoded.deleted()).isEqualTo(authorship.deleted());
    }

    @org.junit.jupiter.api.Test
    void a_note_changed_only_in_one_field_shows_just_that_field_old_to_new() {
        Note before = new Note(UUID.randomUUID(), PIANO, 60, 0, 480, 100);
        Note after = new Note(before.id(), PIANO, 64, 0, 480, 100);
        VersionDiff diff = VersionDiff.between(List.of(before), List.of(after));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(delta -> {
            assertThat(delta.changedFields()).containsExactly("pitch");
            assertThat(delta.before().pitch()).isEqualTo(60);
            assertThat(delta.after().pitch()).isEqualTo(64);
        });
        assertThat(diff.operations()).containsExactly(new EditOp.UpdateNotes(List.of(new NoteChange(before.id(), null,
                64, null, null, null))));
    }

    private static EditOp randomOp(Random random, List<UUID> ids) {
        int kind = ids.isEmpty() ? 0 : random.nextInt(4);
        if (kind == 0) {
            List<Note> notes = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                notes.add(new Note(id, random.nextBoolean() ? PIANO : BASS, 30 + random.nextInt(60),
                        random.nextInt(64) * 120L, 120L * (1 + random.nextInt(8)), 1 + random.nextInt(127)));
            }
            return new EditOp.AddNotes(notes);
        }
        UUID id = ids.get(random.nextInt(ids.size()));
        if (kind == 3) {
            return new EditOp.DeleteNotes(List.of(id));
        }
        return new EditOp.UpdateNotes(List.of(new NoteChange(id, random.nextInt(5) == 0 ? BASS : null,
                random.nextBoolean() ? 30 + random.nextInt(60) : null,
                random.nextBoolean() ? random.nextInt(64) * 120L : null,
                random.nextBoolean() ? 120L * (1 + random.nextInt(8)) : null,
                random.nextBoolean() ? 1 + random.nextInt(127) : null)));
    }

    private static Map<UUID, Note> byId(java.util.Collection<Note> notes) {
        return notes.stream().collect(Collectors.toMap(Note::id, Function.identity()));
    }

    private static Set<UUID> ids(List<Note> notes) {
        return notes.stream().map(Note::id).collect(Collectors.toSet());
    }

    private static Set<UUID> minus(Set<UUID> a, Set<UUID> b) {
        Set<UUID> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
