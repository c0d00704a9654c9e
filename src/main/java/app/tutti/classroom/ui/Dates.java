package app.tutti.classroom.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** How the classroom views print a moment: short date and time, in the server's zone. */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private Dates() {
    }

    static String format(@Nullable Instant instant, String ifNone) {
        return instant == null ? ifNone : FORMAT.format(instant);
    }
}
