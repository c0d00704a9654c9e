package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.HistoryOp;
import app.tutti.history.domain.HistoryOpRepository;
import app.tutti.history.domain.NoteAuthorship;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wrote each note of a project and the story of one note; anyone who can view the project may ask. */
@Service
public class AuthorshipService {

    private final AuthorshipReplay replay;
    private final HistoryOpRepository ops;
    private final HistoryAccess access;
    private final ContributorNames names;

    AuthorshipService(AuthorshipReplay replay, HistoryOpRepository ops, HistoryAccess access, ContributorNames names) {
        this.replay = replay;
        this.ops = ops;
        this.access = access;
        this.names = names;
    }

    /** Every note at the head with its creator and last changer. */
    @Transactional
    public List<NoteAuthor> authors(ProjectId projectId) {
        Project project = access.readable(projectId);
        var lookup = names.lookup(ops.findGenerationSubmitters(projectId));
        List<NoteAuthor> result = new ArrayList<>();
        for (NoteAuthorship note : replay.at(projectId, project.headSeq()).notes()) {
            result.add(new NoteAuthor(note.note(), note.createdBy(), lookup.nameOf(note.createdBy()),
                    note.lastChangedBy(), lookup.nameOf(note.lastChangedBy())));
        }
        return result;
    }

    /** Every operation that touched the note, oldest first. */
    @Transactional(readOnly = true)
    public List<StoryStep> story(ProjectId projectId, UUID noteId) {
        access.readable(projectId);
        var lookup = names.lookup(ops.findGenerationSubmitters(projectId));
        List<StoryStep> steps = new ArrayList<>();
        for (HistoryOp op : ops.findByProjectIdMentioningNoteOrderBySeq(projectId, noteId)) {
            String action = action(op.op(), noteId);
            if (!action.isEmpty()) {
                steps.add(new StoryStep(op.seq(), op.at(), lookup.nameOf(op.author()), action));
            }
        }
        return steps;
    }

    private static String action(EditOp op, UUID noteId) {
        return switch (op) {
            case EditOp.AddNotes add -> add.notes().stream().anyMatch(n -> n.id().equals(noteId)) ? "created" : "";
            case EditOp.DeleteNotes delete -> delete.ids().contains(noteId) ? "deleted" : "";
            case EditOp.UpdateNotes update -> update.changes().stream().filter(c -> c.id().equals(noteId))
                    .findFirst().map(AuthorshipService::changed).orElse("");
        };
    }

    private static String changed(NoteChange change) {
        List<String> fields = new ArrayList<>();
        if (change.trackId() != null) {
            fields.add("track");
        }
        if (change.pitch() != null) {
            fields.add("pitch → " + change.pitch());
        }
        if (change.start() != null) {
            fields.add("start → " + change.start());
        }
        if (change.duration() != null) {
            fields.add("length → " + change.duration());
        }
        if (change.velocity() != null) {
            fields.add("velocity → " + change.velocity());
        }
        return "changed " + String.join(", ", fields);
    }
}
