package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One presence change as it travels between nodes in a {@code NOTIFY tutti_presence} payload:
 * {@code project:node:key:json}, where the json is empty when the editor left. The json writes
 * the presence and its dragged notes as arrays, not objects, to fit more into PostgreSQL's limit
 * (a payload must be under 8000 bytes). A bigger selection or drag is cut, so the payload always
 * fits: the others then see part of it.
 */
record PresenceNotice(ProjectId project, String node, String key, @Nullable Presence presence) {

    /** Below PostgreSQL's 8000-byte limit, with room to spare. */
    static final int MAX_BYTES = 7_900;

    private static final JsonMapper JSON = JsonMapper.builder()
            .withConfigOverride(Presence.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .withConfigOverride(Note.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .build();

    String payload() {
        String head = project + ":" + node + ":" + key + ":";
        if (presence == null) {
            return head;
        }
        Presence shared = presence;
        for (String text = head + JSON.writeValueAsString(shared); ; text = head + JSON.writeValueAsString(shared)) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes <= MAX_BYTES) {
                return text;
            }
            shared = cut(shared, (double) MAX_BYTES / bytes);
        }
    }

    /**
     * Keeps the first part of the selection and the drag, in proportion. The rest of a presence (a
     * name of at most 80 characters, ids, numbers) is far below the limit, so this ends.
     */
    private static Presence cut(Presence p, double ratio) {
        int selection = Math.min(p.selection().size() - 1, (int) (p.selection().size() * ratio * 0.95));
        int dragging = Math.min(p.dragging().size() - 1, (int) (p.dragging().size() * ratio * 0.95));
        return new Presence(p.key(), p.name(), p.initials(), p.colour(), p.playhead(), p.viewTick(),
                p.selection().subList(0, Math.max(0, selection)), p.dragging().subList(0, Math.max(0, dragging)));
    }

    /** Whether {@code payload} was sent by {@code node}: a node hears its own notices and skips them unread. */
    static boolean isFrom(String payload, String node) {
        int start = payload.indexOf(':') + 1;
        return start > 0 && payload.startsWith(node + ":", start);
    }

    /** The notice in {@code payload}, or empty when it is malformed (it is then ignored). */
    static Optional<PresenceNotice> parse(String payload) {
        String[] parts = payload.split(":", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        try {
            Presence presence = parts[3].isEmpty() ? null : JSON.readValue(parts[3], Presence.class);
            if (presence != null && !presence.key().equals(parts[2])) {
                return Optional.empty();
            }
            return ProjectId.parse(parts[0]).map(project -> new PresenceNotice(project, parts[1], parts[2], presence));
        } catch (RuntimeException e) {
            // Unreadable json, or values a presence cannot hold (Jackson wraps the constructor's exception).
            return Optional.empty();
        }
    }
}
