package app.tutti.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits one person makes, in the JSON the browser's roll sends ({@code EditOp}): adding a note,
 * moving or transposing one of their own notes, deleting one. The person keeps between 4 and 30
 * notes of their own, so a long run does not grow the piece without end.
 */
final class EditGenerator {

    private static final int MIN_NOTES = 4;
    private static final int MAX_NOTES = 30;

    private static final class OwnNote {
        final String id = UUID.randomUUID().toString();
        int pitch;
        long start;

        OwnNote(int pitch, long start) {
            this.pitch = pitch;
            this.start = start;
        }
    }

    private final String trackId;
    private final Random random;
    private final List<OwnNote> notes = new ArrayList<>();
    private String selected = "";

    EditGenerator(String trackId, long seed) {
        this.trackId = trackId;
        this.random = new Random(seed);
    }

    JsonNode next() {
        int roll = random.nextInt(100);
        if (notes.size() < MIN_NOTES || roll < 30 && notes.size() < MAX_NOTES) {
            return add();
        }
        return roll < 85 ? move() : delete();
    }

    /** A new quarter note somewhere in the first 32 bars. */
    JsonNode add() {
        OwnNote note = new OwnNote(48 + random.nextInt(36), 240L * random.nextInt(128));
        notes.add(note);
        selected = note.id;
        ObjectNode op = UidlMessage.JSON.createObjectNode().put("type", "AddNotes");
        op.putArray("notes").addObject().put("id", note.id).put("trackId", trackId).put("pitch", note.pitch)
                .put("start", note.start).put("duration", 240).put("velocity", 90);
        return op;
    }

    private JsonNode move() {
        OwnNote note = notes.get(random.nextInt(notes.size()));
        selected = note.id;
        ObjectNode op = UidlMessage.JSON.createObjectNode().put("type", "UpdateNotes");
        ObjectNode change = op.putArray("changes").addObject().put("id", note.id);
        if (random.nextBoolean()) {
            note.pitch = note.pitch >= 100 ? note.pitch - 1 : note.pitch + (random.nextBoolean() ? 1 : -1);
            change.put("pitch", note.pitch);
        } else {
            note.start = note.start < 240 ? note.start + 240 : note.start + (random.nextBoolean() ? 240 : -240);
            change.put("start", note.start);
        }
        return op;
    }

    /**
     * Where the person is after the last edit, as the roll's {@code presence} call sends it: the
     * note just added or moved is selected (nothing after a delete), the view starts at its bar.
     */
    JsonNode presence() {
        ObjectNode presence = UidlMessage.JSON.createObjectNode().put("playhead", 0);
        long viewTick = notes.stream().filter(n -> n.id.equals(selected)).mapToLong(n -> n.start / 960 * 960)
                .findFirst().orElse(0);
        presence.put("viewTick", viewTick);
        var selection = presence.putArray("selection");
        if (!selected.isEmpty()) {
            selection.add(selected);
        }
        presence.putArray("dragging");
        return presence;
    }

    private JsonNode delete() {
        OwnNote note = notes.remove(random.nextInt(notes.size()));
        selected = "";
        ObjectNode op = UidlMessage.JSON.createObjectNode().put("type", "DeleteNotes");
        op.putArray("ids").add(note.id);
        return op;
    }
}
