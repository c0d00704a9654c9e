package app.tutti.classroom.service;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The dashboard as CSV (RFC 4180: quoted fields, CRLF lines) for a spreadsheet. */
final class DashboardCsv {

    private static final String HEADER = "Student or group,Status,Late,Last activity (UTC),Notes written,"
            + "Shares,AI generations requested,AI notes,AI share %,Grade";

    private DashboardCsv() {
    }

    static String of(List<DashboardRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DashboardRow row : rows) {
            String shares = row.shares().stream().map(s -> s.name() + " " + s.percent() + "%")
                    .collect(Collectors.joining("; "));
            csv.append(String.join(",", quote(row.who()), row.status().label(), row.late() ? "yes" : "no",
                    row.lastActivity() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(row.lastActivity()),
                    String.valueOf(row.notesWritten()), quote(shares), String.valueOf(row.aiGenerations()),
                    String.valueOf(row.aiNotes()), String.valueOf(row.aiPercent()),
                    quote(row.grade() == null ? "" : row.grade())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String quote(String field) {
        String safe = field.matches("^[=+\\-@].*") ? "'" + field : field;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
