package app.tutti.composition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoteDocumentTest {

    @Test
    void long_lists_are_cut_into_operations_of_at_most_the_limit_in_order() {
        List<Integer> items = IntStream.range(0, 2 * NoteDocument.MAX_OP_SIZE + 1).boxed().toList();

        List<List<Integer>> batches = NoteDocument.batches(items);

        assertThat(batches).extracting(List::size)
                .containsExactly(NoteDocument.MAX_OP_SIZE, NoteDocument.MAX_OP_SIZE, 1);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(items);
        assertThat(NoteDocument.batches(List.of())).isEmpty();
    }
}
