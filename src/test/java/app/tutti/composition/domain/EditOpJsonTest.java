package app.tutti.composition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of operations is the contract with the browser and the storage format of the log. */
class EditOpJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID track = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private final UUID note = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void operations_round_trip_through_json() {
        List<EditOp> ops = List.of(new EditOp.AddNotes(List.of(new Note(note, track, 60, 0, 480, 90))),
                new EditOp.UpdateNotes(List.of(new NoteChange(note, null, 62, 960L, null, null))),
                new EditOp.DeleteNotes(List.of(note)));
        for (EditOp op : ops) {
            assertThat(json.readValue(json.writeValueAsString(op), EditOp.class)).isEqualTo(op);
        }
    }

    @Test
    void the_browser_form_is_readable_and_omits_unchanged_fields() {
        String update = json.writeValueAsString(new EditOp.UpdateNotes(
                List.of(new NoteChange(note, null, 62, null, null, null))));
        assertThat(update).isEqualTo("{\"type\":\"UpdateNotes\",\"changes\":[{\"id\":\"" + note + "\",\"pitch\":62}]}");
    }

    @Test
    void json_with_an_out_of_range_note_is_refused() {
        String forged = "{\"type\":\"AddNotes\",\"notes\":[{\"id\":\"" + note + "\",\"trackId\":\"" + track
                + "\",\"pitch\":200,\"start\":0,\"duration\":480,\"velocity\":90}]}";
        assertThatThrownBy(() -> json.readValue(forged, EditOp.class)).hasMessageContaining("pitch must be 0 to 127");
    }
}
