package app.tutti.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Vaadin's push channel is Atmosphere with {@code X-Atmosphere-TrackMessageSize=true}: every
 * message is written as {@code <length>|<message>}, where the length counts characters. A
 * WebSocket frame may hold several messages or part of one, so text is collected here until whole
 * messages can be cut off.
 */
final class AtmosphereFrames {

    private final StringBuilder buffer = new StringBuilder();

    /** Adds received text and returns the messages it completed, in order. */
    List<String> feed(CharSequence text) {
        buffer.append(text);
        List<String> messages = new ArrayList<>();
        while (true) {
            int bar = buffer.indexOf("|");
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(buffer.substring(0, bar).strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Not a length-prefixed push message: " + abbreviate(buffer), e);
            }
            if (buffer.length() < bar + 1 + length) {
                break;
            }
            messages.add(buffer.substring(bar + 1, bar + 1 + length));
            buffer.delete(0, bar + 1 + length);
        }
        return messages;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() > 200 ? text.subSequence(0, 200) + "…" : text.toString();
    }
}
