package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PresenceNoticeTest {

    final ProjectId project = ProjectId.random();
    final String key = UUID.randomUUID().toString();

    private Presence presence(String name, int selected, int dragged) {
        List<String> selection = IntStream.range(0, selected).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<Note> dragging = IntStream.range(0, dragged).mapToObj(
                i -> new Note(UUID.randomUUID(), UUID.randomUUID(), 60 + i % 40, 480L * i, 240, 100)).toList();
        return new Presence(key, name, "AB", "#d1495b", 1920, 960, selection, dragging);
    }

    private PresenceNotice notice(Presence presence) {
        return new PresenceNotice(project, "node-a", key, presence);
    }

    @Test
    void a_presence_survives_the_trip_unchanged() {
        Presence presence = presence("Ada Lovelace", 3, 2);

        String payload = notice(presence).payload();
        PresenceNotice back = PresenceNotice.parse(payload).orElseThrow();

        assertThat(back).isEqualTo(notice(presence));
        assertThat(payload).startsWith(project + ":node-a:" + key + ":[\"" + key + "\",\"Ada Lovelace\",");
    }

    @Test
    void a_node_tells_its_own_notices_apart_by_the_head_of_the_payload() {
        String payload = notice(presence("Ada Lovelace", 3, 2)).payload();

        assertThat(PresenceNotice.isFrom(payload, "node-a")).isTrue();
        assertThat(PresenceNotice.isFrom(payload, "node-b")).isFalse();
        assertThat(PresenceNotice.isFrom(payload, "node")).as("a prefix of the id is another node").isFalse();
        assertThat(PresenceNotice.isFrom("garbage", "node-a")).isFalse();
    }

    @Test
    void leaving_is_a_notice_without_a_presence() {
        PresenceNotice left = new PresenceNotice(project, "node-a", key, null);

        assertThat(left.payload()).isEqualTo(project + ":node-a:" + key + ":");
        assertThat(PresenceNotice.parse(left.payload())).contains(left);
    }

    @Test
    void the_largest_presence_is_cut_to_fit_under_postgresqls_8000_bytes_and_keeps_its_first_part() {
        Presence huge = presence("Zoë Ångström-Øre 🎹 ".repeat(4).strip(), Presence.MAX_SHARED, Presence.MAX_SHARED);

        String payload = notice(huge).payload();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PresenceNotice.MAX_BYTES)
                .isGreaterThan(PresenceNotice.MAX_BYTES * 3 / 4);
        Presence shared = PresenceNotice.parse(payload).orElseThrow().presence();
        assertThat(shared.name()).isEqualTo(huge.name());
        assertThat(shared.playhead()).isEqualTo(1920);
        assertThat(shared.selection()).isNotEmpty().isEqualTo(huge.selection().subList(0, shared.selection().size()));
        assertThat(shared.dragging()).isNotEmpty().isEqualTo(huge.dragging().subList(0, shared.dragging().size()));
    }

    @Test
    void one_absurdly_long_selected_id_is_dropped_rather_than_overflowing() {
        Presence presence = new Presence(key, "Eve", "E", "#00798c", 0, 0, List.of("x".repeat(20_000)), List.of());

        String payload = notice(presence).payload();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PresenceNotice.MAX_BYTES);
        assertThat(PresenceNotice.parse(payload).orElseThrow().presence().selection()).isEmpty();
    }

    @Test
    void malformed_payloads_are_ignored() {
        String head = project + ":node-a:" + key + ":";
        assertThat(PresenceNotice.parse("nonsense")).isEmpty();
        assertThat(PresenceNotice.parse("not-a-uuid:node-a:" + key + ":")).isEmpty();
        assertThat(PresenceNotice.parse(head + "{broken")).isEmpty();
        assertThat(PresenceNotice.parse(head + "[\"" + key + "\",\"Eve\",\"E\",\"#000\",0,0,[],"
                + "[[\"" + UUID.randomUUID() + "\",\"" + UUID.randomUUID() + "\",999,0,1,1]]]")).isEmpty();
        assertThat(PresenceNotice.parse(project + ":node-a:other-key:" + notice(presence("Eve", 0, 0)).payload()
                .substring(head.length()))).isEmpty();
    }
}
