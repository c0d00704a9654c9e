package app.tutti.bench.load;

import com.vaadin.flow.shared.ApplicationConstants;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's push connection of one UI, as its client opens it: a WebSocket to {@code VAADIN/push}
 * with Atmosphere's parameters. The first message is Atmosphere's handshake, then come UIDL
 * messages (JSON); anything else (padding) is ignored. Only the server writes on it: with
 * {@code alwaysXhrToServer} the client sends its calls as UIDL requests.
 */
final class PushChannel implements AutoCloseable {

    private final AtmosphereFrames frames = new AtmosphereFrames();
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<Void> handshake = new CompletableFuture<>();
    private final BiConsumer<String, Long> onMessage;
    private final Consumer<String> onProblem;
    private final WebSocket socket;
    private volatile boolean closing;

    /**
     * Connects UI {@code uiId} and waits for the handshake. {@code onMessage} gets each UIDL message
     * with its arrival ({@link System#nanoTime()}); {@code onProblem} hears a connection that breaks.
     */
    PushChannel(LoadClient client, @Nullable String cookie, int uiId, String pushId, int lastSyncId,
            BiConsumer<String, Long> onMessage, Consumer<String> onProblem) {
        this.onMessage = onMessage;
        this.onProblem = onProblem;
        URI address = URI.create(client.base().toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId="
                + uiId + "&" + ApplicationConstants.PUSH_ID_PARAMETER + "=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + lastSyncId);
        WebSocket.Builder builder = client.http().newWebSocketBuilder().connectTimeout(LoadClient.TIMEOUT);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        socket = builder.buildAsync(address, new Listener()).join();
        handshake.orTimeout(LoadClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            text.append(data);
            if (last) {
                List<String> messages = frames.feed(text);
                text.setLength(0);
                for (String message : messages) {
                    if (message.startsWith("{")) {
                        onMessage.accept(message, now);
                    } else if (!handshake.isDone()) {
                        handshake.complete(null);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                onProblem.accept("push closed by the server: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            handshake.completeExceptionally(error);
            if (!closing) {
                onProblem.accept("push failed: " + error);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
    }
}
