package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void counts_agree_with_a_hash_map_after_the_table_grows() {
        CountTable table = new CountTable();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(20_000) * 408L * 408L;
            table.add(key, 1);
            expected.merge(key, 1, Integer::sum);
        }
        table.add(0, 3);
        expected.merge(0L, 3, Integer::sum);

        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, count) -> assertThat(table.get(key)).isEqualTo(count));
        assertThat(table.get(7)).isZero();
        Map<Long, Integer> visited = new HashMap<>();
        table.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
    }
}
