package app.tutti.bench.load;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A call the server made on the browser's {@code <tutti-piano-roll>} (the Java side's
 * {@code callJsFunction}), as it arrives in a UIDL message's {@code execute} list.
 */
sealed interface RollCall {

    /** {@code load(state)}: the document at {@code seq}, whether this user may edit, the track new notes go to. */
    record Loaded(long seq, boolean editable, String activeTrackId) implements RollCall {
    }

    /** {@code acknowledge(clientOpId, seq, op)}: my edit was committed as number {@code seq}. */
    record Acknowledged(UUID clientOpId, long seq) implements RollCall {
    }

    /** {@code reject(clientOpId, message)}: my edit was refused and changed nothing. */
    record Rejected(UUID clientOpId, String message) implements RollCall {
    }

    /** {@code applyRemote(seq, op)}: someone else's committed edit. */
    record Remote(long seq, JsonNode op) implements RollCall {
    }
}
