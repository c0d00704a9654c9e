package app.tutti.bench.load;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One message from the server to the client engine: the response to a UIDL request, the
 * {@code uidl} part of the init response, or a push. Carries the server's message number
 * ({@code syncId}), the client message number it expects next, and the state tree changes and
 * JavaScript calls ({@code execute}) for the client to apply.
 */
final class UidlMessage {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** How Vaadin wraps critical notifications and session-expired answers to UIDL requests. */
    private static final String WRAPPED_PREFIX = "for(;;);[";
    /** {@code callJsFunction("name", args...)} arrives as {@code "return $0.name($1,$2,...)"} with $0 the element. */
    private static final Pattern ELEMENT_CALL = Pattern.compile("return \\$0\\.(\\w+)\\(([^)]*)\\)");

    private final JsonNode json;

    private UidlMessage(JsonNode json) {
        this.json = json;
    }

    static UidlMessage parse(String text) {
        String body = text.startsWith(WRAPPED_PREFIX) ? text.substring(WRAPPED_PREFIX.length(), text.lastIndexOf(']'))
                : text;
        return new UidlMessage(JSON.readTree(body));
    }

    static UidlMessage of(JsonNode json) {
        return new UidlMessage(json);
    }

    /** The server's number of this message; -1 when it has none. */
    int syncId() {
        return json.path(ApplicationConstants.SERVER_SYNC_ID).asInt(-1);
    }

    /** The client message number the server expects next; -1 when not said. */
    int nextClientId() {
        return json.path(ApplicationConstants.CLIENT_TO_SERVER_ID).asInt(-1);
    }

    /** Why the client cannot go on (session expired, an error the framework reports), if it cannot. */
    Optional<String> problem() {
        JsonNode meta = json.path("meta");
        if (meta.path(JsonConstants.META_SESSION_EXPIRED).asBoolean(false)) {
            return Optional.of("session expired");
        }
        JsonNode error = meta.path("appError");
        if (!error.isMissingNode()) {
            return Optional.of("server error: " + error.path("caption").asString("") + " "
                    + error.path("message").asString(""));
        }
        return Optional.empty();
    }

    /** The id of the first state node the changes give the element tag {@code tag}. */
    Optional<Integer> nodeWithTag(String tag) {
        for (JsonNode change : json.path("changes")) {
            if (JsonConstants.CHANGE_TYPE_PUT.equals(change.path(JsonConstants.CHANGE_TYPE).asString(""))
                    && "tag".equals(change.path(JsonConstants.CHANGE_MAP_KEY).asString(""))
                    && tag.equals(change.path(JsonConstants.CHANGE_PUT_VALUE).asString(""))) {
                return Optional.of(change.path(JsonConstants.CHANGE_NODE).asInt());
            }
        }
        return Optional.empty();
    }

    /** The calls this message makes on the element of state node {@code node}, in order; others are ignored. */
    List<RollCall> rollCalls(int node) {
        List<RollCall> calls = new ArrayList<>();
        for (JsonNode invocation : json.path(JsonConstants.UIDL_KEY_EXECUTE)) {
            int size = invocation.size();
            if (size < 2 || invocation.path(0).path("@v-node").asInt(-1) != node) {
                continue;
            }
            Matcher call = ELEMENT_CALL.matcher(invocation.path(size - 1).asString(""));
            if (call.matches()) {
                rollCall(call.group(1), invocation).ifPresent(calls::add);
            }
        }
        return calls;
    }

    private static Optional<RollCall> rollCall(String method, JsonNode invocation) {
        return switch (method) {
            case "load" -> Optional.of(new RollCall.Loaded(invocation.path(1).path("seq").asLong(),
                    invocation.path(1).path("editable").asBoolean(), invocation.path(1).path("activeTrackId").asString()));
            case "acknowledge" -> Optional.of(new RollCall.Acknowledged(UUID.fromString(invocation.path(1).asString()),
                    invocation.path(2).asLong()));
            case "reject" -> Optional.of(new RollCall.Rejected(UUID.fromString(invocation.path(1).asString()),
                    invocation.path(2).asString()));
            case "applyRemote" -> Optional.of(new RollCall.Remote(invocation.path(1).asLong(), invocation.path(2)));
            default -> Optional.empty();
        };
    }
}
