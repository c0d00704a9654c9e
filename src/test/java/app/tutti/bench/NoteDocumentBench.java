package app.tutti.bench;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.NoteDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** In-memory cost of checking and applying edits to a document of {@code notes} notes. */
@State(Scope.Thread)
public class NoteDocumentBench {

    @Param({"1000", "10000"})
    int notes;

    private final UUID track = UUID.randomUUID();
    private List<Note> initial;
    private EditOp moveFiveHundred;
    private EditOp addOne;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        initial = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            initial.add(new Note(UUID.randomUUID(), track, 36 + random.nextInt(60), i * 120L, 240, 90));
        }
        List<NoteChange> moves = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Note note = initial.get(i);
            moves.add(new NoteChange(note.id(), null, note.pitch() + 1, note.start() + 480, null, null));
        }
        moveFiveHundred = new EditOp.UpdateNotes(moves);
        addOne = new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 60, 0, 480, 90)));
    }

    @Benchmark
    public NoteDocument check_and_apply_a_move_of_500_notes() {
        NoteDocument document = new NoteDocument(initial);
        document.check(moveFiveHundred, Set.of(track));
        document.apply(moveFiveHundred);
        return document;
    }

    @Benchmark
    public NoteDocument check_and_apply_one_added_note() {
        NoteDocument document = new NoteDocument(initial);
        document.check(addOne, Set.of(track));
        document.apply(addOne);
        return document;
    }

    @Benchmark
    public NoteDocument build_the_document_only() {
        return new NoteDocument(initial);
    }
}
