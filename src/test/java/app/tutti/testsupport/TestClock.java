package app.tutti.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: real time, but strictly increasing (one microsecond per
 * reading at least), so "most recently edited" orderings never tie, and movable with
 * {@link #advance} to test expiry without waiting.
 */
@Component
@Primary
public class TestClock extends Clock {

    private Duration offset = Duration.ZERO;
    private Instant last = Instant.EPOCH;

    @Override
    public synchronized Instant instant() {
        Instant now = Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return last;
    }

    public synchronized void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock is always UTC");
    }
}
