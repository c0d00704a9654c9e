package app.tutti.history.service;

import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Credits as files (JSON, CSV) and as the text lines embedded in exported MIDI and MusicXML. */
@Component
public class CreditsFormat {

    static final String CSV_HEADER = "contributor,kind,notes_written,notes_edited,share_percent,requested_by,accepted_by,"
            + "closest_training_excerpts";

    private final JsonMapper json;

    CreditsFormat(JsonMapper json) {
        this.json = json;
    }

    public String json(Credits credits) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("project", credits.projectTitle());
        document.put("atSeq", credits.atSeq());
        document.put("totalNotes", credits.totalNotes());
        document.put("shareDefinition", Credits.SHARE_DEFINITION);
        document.put("people", credits.people().stream().map(CreditsFormat::entry).toList());
        document.put("ai", credits.ai().stream().map(CreditsFormat::entry).toList());
        document.put("aiSharePercent", percent(credits.aiShare()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    public String csv(Credits credits) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        Stream.concat(credits.people().stream(), credits.ai().stream()).forEach(c -> csv
                .append(String.join(",", field(c.name()), c.contributor().isAi() ? "ai" : "person",
                        Integer.toString(c.notesWritten()), Integer.toString(c.notesEdited()), percent(c.share()),
                        field(c.requestedBy()), field(c.acceptedBy()), field(excerpts(c))))
                .append('\n'));
        return csv.toString();
    }

    private static @Nullable String excerpts(ContributorCredit credit) {
        return credit.closestTrainingExcerpts().isEmpty() ? null : String.join(" | ", credit.closestTrainingExcerpts());
    }

    /** One line per contributor who wrote surviving notes: "Ana: 12 of 20 notes (60.0 %)". */
    public List<String> lines(Credits credits) {
        List<String> lines = new ArrayList<>();
        Stream.concat(credits.people().stream(), credits.ai().stream()).filter(c -> c.notesWritten() > 0)
                .forEach(c -> lines.add(c.name() + (c.acceptedBy() == null ? "" : ", accepted by " + c.acceptedBy())
                        + ": " + c.notesWritten() + " of " + credits.totalNotes() + " notes (" + percent(c.share())
                        + " %)"));
        return lines;
    }

    /** For a file's copyright field: "Ana, Ben and AI (tutti-remi 1)". */
    public String authors(Credits credits) {
        List<String> names = List.copyOf(CreditService.creatorNames(credits));
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    private static Map<String, Object> entry(ContributorCredit credit) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", credit.name());
        entry.put("kind", credit.contributor().isAi() ? "ai" : "person");
        entry.put("id", credit.contributor().id().toString());
        entry.put("notesWritten", credit.notesWritten());
        entry.put("notesEdited", credit.notesEdited());
        entry.put("sharePercent", percent(credit.share()));
        if (credit.contributor().isAi()) {
            entry.put("requestedBy", credit.requestedBy());
            entry.put("acceptedBy", credit.acceptedBy());
            entry.put("closestTrainingExcerpts", credit.closestTrainingExcerpts());
        }
        return entry;
    }

    private static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
