package app.tutti.ai.worker;

import app.tutti.base.domain.UserId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting items, taken from users in turn: each user has a first-in-first-out line, and the users
 * with something waiting take turns in the order they last had a turn (a newcomer joins at the
 * end). So a user's many items delay another user's item by at most one of them per turn. Not
 * thread-safe; the pool guards it.
 */
final class FairQueue<T> {

    /** Insertion order is the order of turns: the first entry goes next, a served user moves to the end. */
    private final Map<UserId, Deque<T>> lines = new LinkedHashMap<>();
    private int size;

    void add(UserId user, T item) {
        lines.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(item);
        size++;
    }

    /** The next item, or null when nothing waits. */
    T poll() {
        var first = lines.entrySet().iterator();
        if (!first.hasNext()) {
            return null;
        }
        var entry = first.next();
        first.remove();
        T item = entry.getValue().pollFirst();
        if (!entry.getValue().isEmpty()) {
            lines.put(entry.getKey(), entry.getValue());
        }
        size--;
        return item;
    }

    boolean remove(UserId user, T item) {
        Deque<T> line = lines.get(user);
        if (line == null || !line.remove(item)) {
            return false;
        }
        if (line.isEmpty()) {
            lines.remove(user);
        }
        size--;
        return true;
    }

    /** How many items {@link #poll} returns before {@code item}; -1 if it is not waiting. */
    int position(UserId user, T item) {
        Deque<T> line = lines.get(user);
        int index = line == null ? -1 : new ArrayList<>(line).indexOf(item);
        if (index < 0) {
            return -1;
        }
        int before = index;
        boolean aheadOfMe = true;
        for (var entry : lines.entrySet()) {
            if (entry.getKey().equals(user)) {
                aheadOfMe = false;
                continue;
            }
            before += Math.min(entry.getValue().size(), index + (aheadOfMe ? 1 : 0));
        }
        return before;
    }

    int size() {
        return size;
    }

    /** The waiting items, in no particular order. */
    List<T> snapshot() {
        return lines.values().stream().flatMap(Deque::stream).toList();
    }

    /** Every waiting item, in the order they would be taken, leaving the queue empty. */
    List<T> drain() {
        List<T> all = new ArrayList<>();
        for (T item = poll(); item != null; item = poll()) {
            all.add(item);
        }
        return all;
    }
}
