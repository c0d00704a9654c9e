package app.tutti.bench.load;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * One simulated person editing through an {@link EditorTab}: makes edits with at most
 * {@code maxInFlight} not yet acknowledged, and records when each was submitted and acknowledged
 * and when the others' edits arrived. {@code submittedBySeq} is shared by everyone in the
 * project: it turns an arriving sequence number back into the moment its author submitted it.
 */
final class LoadEditor implements EditorTab.Listener {

    private static final int KEPT_PROBLEMS = 5;

    private final EditorTab tab;
    private final EditGenerator edits;
    private final Map<Long, Long> submittedBySeq;
    private final Window window;
    private final Semaphore inFlight;
    private final boolean withPresence;
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    /** Acknowledged ops submitted in the window: submitted, acknowledged. */
    final Samples acknowledged = new Samples();
    /** Others' ops that arrived after the window started: sequence number, arrival. */
    final Samples arrivals = new Samples();
    /** Acknowledgements of this person's ops that arrived in the window. */
    final AtomicLong committedInWindow = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final List<String> problems = new CopyOnWriteArrayList<>();

    /** {@code withPresence}: after each edit also send where the person is, as the roll does ({@code presence}). */
    LoadEditor(EditorTab tab, EditGenerator edits, Map<Long, Long> submittedBySeq, Window window, int maxInFlight,
            boolean withPresence) {
        this.tab = tab;
        this.withPresence = withPresence;
        this.edits = edits;
        this.submittedBySeq = submittedBySeq;
        this.window = window;
        this.inFlight = new Semaphore(maxInFlight);
        tab.listen(this);
    }

    /**
     * Makes the next edit, first waiting while {@code maxInFlight} edits are unacknowledged; gives
     * up (false) if that wait lasts beyond {@code deadlineNanos}.
     */
    boolean edit(long deadlineNanos) throws InterruptedException {
        if (!inFlight.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return false;
        }
        UUID clientOpId = UUID.randomUUID();
        JsonNode op = edits.next();
        pending.put(clientOpId, System.nanoTime());
        tab.submit(clientOpId, op);
        if (withPresence) {
            tab.call("presence", edits.presence());
        }
        return true;
    }

    int pendingCount() {
        return pending.size();
    }

    @Override
    public void acknowledged(UUID clientOpId, long seq, long atNanos) {
        Long submitted = pending.remove(clientOpId);
        if (submitted == null) {
            return;
        }
        submittedBySeq.put(seq, submitted);
        if (window.contains(atNanos)) {
            committedInWindow.incrementAndGet();
        }
        if (window.contains(submitted)) {
            acknowledged.add(submitted, atNanos);
        }
        inFlight.release();
    }

    @Override
    public void rejected(UUID clientOpId, String message, long atNanos) {
        if (pending.remove(clientOpId) != null) {
            inFlight.release();
        }
        failed("rejected: " + message);
    }

    @Override
    public void remote(long seq, JsonNode op, long atNanos) {
        if (atNanos >= window.start()) {
            arrivals.add(seq, atNanos);
        }
    }

    @Override
    public void failed(String problem) {
        errors.incrementAndGet();
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    EditorTab tab() {
        return tab;
    }

    /** When the op with this sequence number was submitted, if one of this project's simulated people made it. */
    Long submittedAt(long seq) {
        return submittedBySeq.get(seq);
    }

    Window window() {
        return window;
    }
}
