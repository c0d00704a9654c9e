package app.tutti.bench.load;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cookies of one simulated browser (one server session). The driver shares one HTTP client
 * between hundreds of tabs, so each tab keeps its own cookies instead of the client's cookie
 * handler. All cookies are for the one host under test, so name and value are all that matter.
 */
final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    synchronized void store(HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    synchronized Optional<String> get(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The {@code Cookie} request header, or empty before the server set any. */
    synchronized Optional<String> header() {
        return cookies.isEmpty() ? Optional.empty()
                : Optional.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
    }
}
