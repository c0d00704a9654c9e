package app.tutti.collab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser's {@code selection-changed} event is taken to say; it is untrusted. */
class RollSelectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RollSelection read(String count, String only) {
        JsonNode n = JSON.readTree(count);
        JsonNode id = JSON.readTree(only);
        return RollSelection.of(n, id);
    }

    @Test
    void one_note_comes_with_its_id() {
        UUID id = UUID.randomUUID();
        RollSelection selection = read("1", "\"" + id + "\"");
        assertThat(selection.isEmpty()).isFalse();
        assertThat(selection.single()).contains(id);
    }

    @Test
    void several_notes_have_no_single_id_even_if_one_is_sent() {
        RollSelection selection = read("3", "\"" + UUID.randomUUID() + "\"");
        assertThat(selection.count()).isEqualTo(3);
        assertThat(selection.single()).isEmpty();
    }

    @Test
    void malformed_input_selects_nothing_or_no_id() {
        assertThat(read("\"lots\"", "\"\"").isEmpty()).isTrue();
        assertThat(read("-5", "\"\"").count()).isZero();
        assertThat(read("1", "\"not-a-uuid\"").single()).isEmpty();
        assertThat(read("1", "null").single()).isEmpty();
    }
}
