package app.tutti.collab.service;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A faithful, line-by-line Java port of the browser's {@code frontend/piano-roll/sync/LocalEcho.ts}
 * (and {@code model/applyOp.ts}), so the convergence property test can run the client algorithm
 * against the real server. Keep the two in step: same fields, same methods, same order of steps.
 */
final class LocalEchoModel {

    record PendingOp(UUID clientOpId, EditOp op) {
    }

    private record Early(EditOp op, UUID own) {
    }

    /** What the user sees ({@code RollDocument}). */
    final Map<UUID, Note> shown = new LinkedHashMap<>();
    final Map<UUID, Note> confirmed = new LinkedHashMap<>();
    long confirmedSeq;
    private final List<PendingOp> pending = new ArrayList<>();
    private final Map<Long, Early> early = new HashMap<>();

    int pendingCount() {
        return pending.size();
    }

    List<PendingOp> pendingOps() {
        return List.copyOf(pending);
    }

    void load(long seq, Iterable<Note> notes) {
        confirmed.clear();
        shown.clear();
        notes.forEach(n -> {
            confirmed.put(n.id(), n);
            shown.put(n.id(), n);
        });
        confirmedSeq = seq;
        early.clear();
        pending.clear();
    }

    /** The user's own op, already applied to {@link #shown} by the command bus. */
    void local(UUID clientOpId, EditOp op) {
        pending.add(new PendingOp(clientOpId, op));
    }

    void acknowledged(UUID clientOpId, long seq, EditOp op) {
        PendingOp p = find(clientOpId);
        if (p == null) {
            remote(seq, op);
            return;
        }
        if (seq <= confirmedSeq) {
            drop(clientOpId);
            rebase(idsOf(p.op()));
            return;
        }
        early.put(seq, new Early(p.op(), clientOpId));
        advance();
    }

    void rejected(UUID clientOpId) {
        PendingOp p = find(clientOpId);
        if (p == null) {
            return;
        }
        drop(clientOpId);
        rebase(idsOf(p.op()));
    }

    void remote(long seq, EditOp op) {
        if (seq <= confirmedSeq || early.containsKey(seq)) {
            return;
        }
        early.put(seq, new Early(op, null));
        advance();
    }

    private void advance() {
        Set<UUID> touched = new LinkedHashSet<>();
        for (Early next = early.get(confirmedSeq + 1); next != null; next = early.get(confirmedSeq + 1)) {
            early.remove(confirmedSeq + 1);
            applyOp(confirmed, next.op());
            touched.addAll(idsOf(next.op()));
            if (next.own() != null) {
                drop(next.own());
            }
            confirmedSeq++;
        }
        if (!touched.isEmpty()) {
            rebase(touched);
        }
    }

    private PendingOp find(UUID clientOpId) {
        return pending.stream().filter(x -> x.clientOpId().equals(clientOpId)).findFirst().orElse(null);
    }

    private void drop(UUID clientOpId) {
        pending.removeIf(x -> x.clientOpId().equals(clientOpId));
    }

    private void rebase(Iterable<UUID> ids) {
        Set<UUID> all = new LinkedHashSet<>();
        ids.forEach(all::add);
        pending.forEach(p -> all.addAll(idsOf(p.op())));
        for (UUID id : all) {
            Note note = confirmed.get(id);
            if (note != null) {
                shown.put(id, note);
            } else {
                shown.remove(id);
            }
        }
        pending.forEach(p -> applyOp(shown, p.op()));
    }

    static void applyOp(Map<UUID, Note> notes, EditOp op) {
        switch (op) {
            case EditOp.AddNotes add -> add.notes().forEach(n -> notes.putIfAbsent(n.id(), n));
            case EditOp.UpdateNotes update -> update.changes().forEach(
                    c -> notes.computeIfPresent(c.id(), (id, note) -> note.with(c)));
            case EditOp.DeleteNotes delete -> delete.ids().forEach(notes::remove);
        }
    }

    static List<UUID> idsOf(EditOp op) {
        return switch (op) {
            case EditOp.AddNotes add -> add.notes().stream().map(Note::id).toList();
            case EditOp.UpdateNotes update -> update.changes().stream().map(c -> c.id()).toList();
            case EditOp.DeleteNotes delete -> delete.ids();
        };
    }
}
