package app.tutti.bench.load;

import static com.vaadin.flow.shared.ApplicationConstants.CLIENT_TO_SERVER_ID;
import static com.vaadin.flow.shared.ApplicationConstants.CSRF_TOKEN;
import static com.vaadin.flow.shared.ApplicationConstants.RPC_INVOCATIONS;
import static com.vaadin.flow.shared.ApplicationConstants.SERVER_SYNC_ID;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab on Tutti's editor, speaking Vaadin's client protocol without a browser, the way
 * the captured Chromium traffic does: log in through the login form (Spring Security's CSRF token
 * from the page), load the route's page, {@code ?v-r=init} (UI id, Vaadin's CSRF token, push id),
 * the push WebSocket (Atmosphere, length-prefixed messages), the {@code ui-navigate} event that
 * builds the editor, then the roll's client calls ({@code publishedEventHandler} {@code submit} on
 * the {@code <tutti-piano-roll>} state node) as UIDL requests, and heartbeats. Like Vaadin's client
 * engine it has at most one UIDL request in flight; calls made meanwhile go together in the next.
 * Everything the server makes the roll do ({@code load}, {@code acknowledge}, {@code reject},
 * {@code applyRemote}), from responses or pushes, goes to the {@link Listener}.
 */
public final class EditorTab implements AutoCloseable {

    /** Hears what the server tells this tab's roll; called on the client's threads, so it must be thread-safe. */
    public interface Listener {
        default void acknowledged(UUID clientOpId, long seq, long atNanos) {
        }

        default void rejected(UUID clientOpId, String message, long atNanos) {
        }

        default void remote(long seq, JsonNode op, long atNanos) {
        }

        default void failed(String problem) {
        }
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String ROLL_TAG = "tutti-piano-roll";
    private static final String JSON_TYPE = "application/json; charset=UTF-8";

    private final LoadClient client;
    private final CookieJar cookies = new CookieJar();
    private final AtomicLong seenSeq = new AtomicLong();
    private final Object lock = new Object();
    private final List<ObjectNode> queue = new ArrayList<>();

    private volatile Listener listener = new Listener() {
    };
    private boolean inFlight;
    private int clientId;
    private int promise;
    private volatile int lastSyncId;
    private int uiId = -1;
    private String csrfToken = ApplicationConstants.CSRF_TOKEN_DEFAULT_VALUE;
    private int rollNode = -1;
    private RollCall.@Nullable Loaded loaded;
    private @Nullable PushChannel push;
    private @Nullable ScheduledFuture<?> heartbeat;

    EditorTab(LoadClient client) {
        this.client = client;
    }

    public void listen(Listener listener) {
        this.listener = listener;
    }

    /** Logs in through the login page's form, as the browser posts it; fails unless the app lets the user in. */
    public void logIn(String username, String password) {
        HttpResponse<String> page = exchange(request("login").GET());
        Matcher meta = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !meta.find()) {
            throw new IllegalStateException("No login form with a CSRF token (HTTP " + page.statusCode() + ")");
        }
        // The page's script puts the XSRF-TOKEN cookie's value in the form when there is one.
        String token = cookies.get("XSRF-TOKEN").orElse(meta.group(1));
        HttpResponse<String> answer = exchange(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token) + "&username=" + encode(username)
                        + "&password=" + encode(password))));
        String location = answer.headers().firstValue("location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + username + " refused: HTTP " + answer.statusCode() + " "
                    + location);
        }
    }

    /**
     * Opens the editor of a project ({@code route} like {@code projects/<id>}): page, init, push,
     * navigation. Returns what the roll was loaded with; fails if the page has no roll.
     */
    public RollCall.Loaded open(String route) {
        HttpResponse<String> page = exchange(request(route).GET());
        requireOk(page, route);
        HttpResponse<String> init = exchange(request("?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                + ApplicationConstants.REQUEST_TYPE_INIT + "&location=" + encode(route) + "&query="
                + BrowserDetails.query()).GET());
        requireOk(init, "init");
        JsonNode config = UidlMessage.JSON.readTree(init.body()).path("appConfig");
        uiId = config.path(ApplicationConstants.UI_ID_PARAMETER).asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path(ApplicationConstants.UIDL_SECURITY_TOKEN_ID).asString();
        handle(UidlMessage.of(uidl), System.nanoTime());
        push = new PushChannel(client, cookies.header().orElse(null), uiId,
                uidl.path(ApplicationConstants.UIDL_PUSH_ID).asString(), lastSyncId,
                (message, atNanos) -> handle(UidlMessage.parse(message), atNanos), this::fail);
        ObjectNode navigate = UidlMessage.JSON.createObjectNode()
                .put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT)
                .put(JsonConstants.RPC_NODE, 1)
                .put(JsonConstants.RPC_EVENT_TYPE, "ui-navigate");
        navigate.putObject(JsonConstants.RPC_EVENT_DATA).put("route", route).put("query", "")
                .put("appShellTitle", "").putNull("historyState").put("trigger", "");
        UidlMessage answer = exchangeNow(navigate);
        rollNode = answer.nodeWithTag(ROLL_TAG)
                .orElseThrow(() -> new IllegalStateException("The page " + route + " has no piano roll"));
        handle(answer, System.nanoTime());
        int interval = config.path("heartbeatInterval").asInt(300);
        heartbeat = client.timer().scheduleAtFixedRate(this::sendHeartbeat, interval, interval, TimeUnit.SECONDS);
        if (loaded == null) {
            throw new IllegalStateException("The roll of " + route + " was not loaded");
        }
        return loaded;
    }

    /**
     * Sends an edit the way the roll does ({@code $server.submit({clientOpId, baseSeq, op})}) and
     * returns its client op id. {@code op} is the browser's JSON of an {@code EditOp}.
     */
    public UUID submit(JsonNode op) {
        UUID clientOpId = UUID.randomUUID();
        submit(clientOpId, op);
        return clientOpId;
    }

    /** Sends an edit with the given client op id (a retry sends the same id again). */
    public void submit(UUID clientOpId, JsonNode op) {
        ObjectNode argument = UidlMessage.JSON.createObjectNode().put("clientOpId", clientOpId.toString())
                .put("baseSeq", seenSeq.get());
        argument.set("op", op);
        call("submit", argument);
    }

    /** Calls one of the roll's {@code @ClientCallable} methods with one argument, as {@code $server.<method>(argument)}. */
    public void call(String method, JsonNode argument) {
        ObjectNode invocation = UidlMessage.JSON.createObjectNode()
                .put(JsonConstants.RPC_TYPE, JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER)
                .put(JsonConstants.RPC_NODE, rollNode)
                .put(JsonConstants.RPC_TEMPLATE_EVENT_METHOD_NAME, method);
        invocation.putArray(JsonConstants.RPC_TEMPLATE_EVENT_ARGS).add(argument);
        ObjectNode payload;
        synchronized (lock) {
            invocation.put(JsonConstants.RPC_TEMPLATE_EVENT_PROMISE, promise++);
            queue.add(invocation);
            if (inFlight) {
                return;
            }
            inFlight = true;
            payload = drain();
        }
        post(payload);
    }

    /** What the roll was loaded with when the editor opened (the last {@code load} call). */
    public RollCall.Loaded loaded() {
        if (loaded == null) {
            throw new IllegalStateException("The editor is not open");
        }
        return loaded;
    }

    /** The highest sequence number this tab has heard of (its loaded state, acknowledgements, others' edits). */
    public long seenSeq() {
        return seenSeq.get();
    }

    private void post(ObjectNode payload) {
        client.http().sendAsync(uidlRequest(payload), HttpResponse.BodyHandlers.ofString())
                .whenComplete(this::answered);
    }

    private void answered(@Nullable HttpResponse<String> response, @Nullable Throwable error) {
        long now = System.nanoTime();
        if (error != null || response == null) {
            fail("UIDL request failed: " + error);
        } else {
            cookies.store(response.headers());
            if (response.statusCode() != 200) {
                fail("UIDL request answered HTTP " + response.statusCode());
            } else {
                handle(UidlMessage.parse(response.body()), now);
            }
        }
        ObjectNode next;
        synchronized (lock) {
            if (queue.isEmpty()) {
                inFlight = false;
                lock.notifyAll();
                return;
            }
            next = drain();
        }
        post(next);
    }

    /** Sends one invocation now and waits for its answer (while opening, before any edit). */
    private UidlMessage exchangeNow(ObjectNode invocation) {
        ObjectNode payload;
        synchronized (lock) {
            queue.add(invocation);
            inFlight = true;
            payload = drain();
        }
        HttpResponse<String> response = exchange(uidlRequest(payload));
        requireOk(response, "UIDL");
        synchronized (lock) {
            inFlight = false;
        }
        return UidlMessage.parse(response.body());
    }

    /** The queued invocations as one UIDL request body, numbered; the caller holds the lock. */
    private ObjectNode drain() {
        ObjectNode payload = UidlMessage.JSON.createObjectNode().put(CSRF_TOKEN, csrfToken);
        ArrayNode rpc = payload.putArray(RPC_INVOCATIONS);
        queue.forEach(rpc::add);
        queue.clear();
        return payload.put(SERVER_SYNC_ID, lastSyncId).put(CLIENT_TO_SERVER_ID, clientId++);
    }

    private HttpRequest uidlRequest(ObjectNode payload) {
        return request("?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_UIDL
                + "&" + ApplicationConstants.UI_ID_PARAMETER + "=" + uiId)
                .header("Content-Type", JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build();
    }

    private void handle(UidlMessage message, long atNanos) {
        message.problem().ifPresent(this::fail);
        lastSyncId = Math.max(lastSyncId, message.syncId());
        if (rollNode < 0) {
            return;
        }
        for (RollCall call : message.rollCalls(rollNode)) {
            switch (call) {
                case RollCall.Loaded state -> {
                    loaded = state;
                    seenSeq.accumulateAndGet(state.seq(), Math::max);
                }
                case RollCall.Acknowledged ack -> {
                    seenSeq.accumulateAndGet(ack.seq(), Math::max);
                    listener.acknowledged(ack.clientOpId(), ack.seq(), atNanos);
                }
                case RollCall.Rejected rejected -> listener.rejected(rejected.clientOpId(), rejected.message(), atNanos);
                case RollCall.Remote remote -> {
                    seenSeq.accumulateAndGet(remote.seq(), Math::max);
                    listener.remote(remote.seq(), remote.op(), atNanos);
                }
            }
        }
    }

    private void sendHeartbeat() {
        client.http().sendAsync(request("?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                + ApplicationConstants.REQUEST_TYPE_HEARTBEAT + "&" + ApplicationConstants.UI_ID_PARAMETER + "=" + uiId)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    if (error != null || response.statusCode() != 200) {
                        fail("heartbeat failed: " + (error != null ? error : "HTTP " + response.statusCode()));
                    }
                });
    }

    private void fail(String problem) {
        listener.failed(problem);
    }

    private HttpRequest.Builder request(String relative) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(client.base().resolve(relative)).timeout(LoadClient.TIMEOUT);
        cookies.header().ifPresent(cookie -> builder.header("Cookie", cookie));
        return builder;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        return exchange(request.build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = client.http().send(request, HttpResponse.BodyHandlers.ofString());
            cookies.store(response.headers());
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered HTTP " + response.statusCode());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Closes the tab as a browser does: the unload beacon (the server closes the UI, so the editor
     * leaves its project's room) and the push connection.
     */
    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (uiId >= 0) {
            ObjectNode payload;
            synchronized (lock) {
                // Numbered after the request in flight, so it must not overtake it.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (inFlight && System.nanoTime() < deadline) {
                    try {
                        lock.wait(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                payload = drain().put(ApplicationConstants.UNLOAD_BEACON, true);
            }
            client.http().sendAsync(uidlRequest(payload), HttpResponse.BodyHandlers.discarding());
        }
        if (push != null) {
            push.close();
        }
    }
}
