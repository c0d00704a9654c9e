package app.tutti.collab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.collab.service.Presence;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The avatars are rebuilt only when who is here changes, not on every move of someone's playhead
 * or selection (about 20 a second while someone drags). Rebuilding them each time sent every
 * editor of the project a new set of elements per update; with 200 people editing that was the
 * largest part of the node's CPU time per edit after the edit itself (docs/benchmarks.md).
 */
class PresenceAvatarsTest {

    private final PresenceAvatars avatars = new PresenceAvatars(new PianoRoll());

    @Test
    void moving_playheads_and_selections_keep_the_avatars_and_a_newcomer_brings_a_new_one() {
        Presence ana = presence("a", "Ana", 0, List.of());
        Presence ben = presence("b", "Ben", 0, List.of());
        avatars.show(List.of(ana, ben));
        List<Component> first = avatars.getChildren().toList();

        avatars.show(List.of(presence("a", "Ana", 960, List.of("n1")), presence("b", "Ben", 480, List.of())));
        assertThat(avatars.getChildren().toList()).containsExactlyElementsOf(first);

        avatars.show(List.of(ana, ben, presence("c", "Cem", 0, List.of())));
        assertThat(avatars.getChildren().toList()).hasSize(3).doesNotContainAnyElementsOf(first);
        assertThat(avatars.getChildren().map(c -> c.getElement().getAttribute("data-name")))
                .containsExactly("Ana", "Ben", "Cem");
    }

    private static Presence presence(String key, String name, long playhead, List<String> selection) {
        return new Presence(key, name, name.substring(0, 1), "#00798c", playhead, playhead, selection, List.of());
    }
}
