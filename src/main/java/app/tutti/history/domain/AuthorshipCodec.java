package app.tutti.history.domain;

import app.tutti.composition.domain.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A compact text form of {@link Authorship} for checkpoints: contributors and track ids are listed
 * once and referred to by number, one line per note. About five times smaller and faster to read
 * than the same state as JSON objects, which is what keeps a 10,000-note diff well under 100 ms.
 */
public final class AuthorshipCodec {

    private AuthorshipCodec() {
    }

    public static String encode(Authorship authorship) {
        Map<String, Integer> contributors = new LinkedHashMap<>();
        Map<UUID, Integer> tracks = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder(authorship.notes().size() * 90);
        for (NoteAuthorship entry : authorship.notes()) {
            Note note = entry.note();
            body.append("N,").append(note.id()).append(',')
                    .append(tracks.computeIfAbsent(note.trackId(), t -> tracks.size())).append(',')
                    .append(note.pitch()).append(',').append(note.start()).append(',').append(note.duration())
                    .append(',').append(note.velocity()).append(',')
                    .append(index(contributors, entry.createdBy())).append(',').append(entry.createdSeq())
                    .append(',').append(index(contributors, entry.lastChangedBy())).append(',')
                    .append(entry.lastChangedSeq());
            for (Contributor editor : entry.editors()) {
                body.append(',').append(index(contributors, editor));
            }
            body.append('\n');
        }
        authorship.deleted().forEach((id, origin) -> body.append("D,").append(id).append(',')
                .append(index(contributors, origin.createdBy())).append(',').append(origin.createdSeq()).append('\n'));
        StringBuilder text = new StringBuilder(body.length() + 200);
        contributors.keySet().forEach(c -> text.append("C,").append(c).append('\n'));
        tracks.keySet().forEach(t -> text.append("T,").append(t).append('\n'));
        return text.append(body).toString();
    }

    public static Authorship decode(long seq, String text) {
        List<Contributor> contributors = new ArrayList<>();
        List<UUID> tracks = new ArrayList<>();
        List<NoteAuthorship> notes = new ArrayList<>();
        Map<UUID, Authorship.Origin> deleted = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(",");
            switch (f[0]) {
                case "C" -> contributors.add(Contributor.decode(f[1]));
                case "T" -> tracks.add(UUID.fromString(f[1]));
                case "N" -> notes.add(note(f, contributors, tracks));
                case "D" -> deleted.put(UUID.fromString(f[1]),
                        new Authorship.Origin(at(contributors, f[2]), Long.parseLong(f[3])));
                default -> { }
            }
        }
        return new Authorship(seq, notes, deleted);
    }

    private static NoteAuthorship note(String[] f, List<Contributor> contributors, List<UUID> tracks) {
        Note note = new Note(UUID.fromString(f[1]), tracks.get(Integer.parseInt(f[2])), Integer.parseInt(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Integer.parseInt(f[6]));
        List<Contributor> editors = new ArrayList<>(f.length - 11);
        for (int i = 11; i < f.length; i++) {
            editors.add(at(contributors, f[i]));
        }
        return new NoteAuthorship(note, at(contributors, f[7]), Long.parseLong(f[8]), at(contributors, f[9]),
                Long.parseLong(f[10]), editors);
    }

    private static int index(Map<String, Integer> contributors, @Nullable Contributor contributor) {
        return contributor == null ? -1 : contributors.computeIfAbsent(contributor.encode(), c -> contributors.size());
    }

    private static @Nullable Contributor at(List<Contributor> contributors, String index) {
        int i = Integer.parseInt(index);
        return i < 0 ? null : contributors.get(i);
    }
}
