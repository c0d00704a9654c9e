package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Coalescing: what each member hears, and how often, when the flush runs later. */
class PresenceRoomTest {

    final List<Runnable> due = new ArrayList<>();
    final List<Presence> remote = new CopyOnWriteArrayList<>();
    final PresenceRoom room = new PresenceRoom(() -> List.copyOf(remote), due::add);
    final List<PresenceChange> aliceHeard = new ArrayList<>();
    final List<PresenceChange> bobHeard = new ArrayList<>();

    static Presence person(String key, long playhead) {
        return new Presence(key, key, key.substring(0, 1).toUpperCase(), "#3d5a80", playhead, 0, List.of(), List.of());
    }

    void join(String key, List<PresenceChange> heard) {
        room.join(person(key, 0), heard::add);
        room.requestFlush();
    }

    void move(String key, long playhead) {
        room.move(key, p -> p.moved(playhead, 0, List.of("n" + playhead), List.of()));
        room.requestFlush();
    }

    /** Runs the flushes that are due, as the scheduler would after the push interval. */
    void flush() {
        List<Runnable> now = List.copyOf(due);
        due.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void ten_rapid_moves_reach_the_other_as_one_push_with_the_last_state() {
        join("alice", aliceHeard);
        join("bob", bobHeard);
        flush();
        aliceHeard.clear();
        bobHeard.clear();

        for (int i = 1; i <= 10; i++) {
            move("alice", i * 100);
        }
        assertThat(due).as("one flush asked for, not ten").hasSize(1);
        flush();

        assertThat(bobHeard).singleElement().satisfies(change -> {
            assertThat(change.changed()).singleElement().satisfies(p -> {
                assertThat(p.playhead()).isEqualTo(1000);
                assertThat(p.selection()).containsExactly("n1000");
            });
            assertThat(change.keys()).containsExactly("alice");
        });
        assertThat(aliceHeard).as("alice moved, nobody else: nothing new for her").isEmpty();
    }

    @Test
    void a_push_carries_only_who_moved_not_everyone() {
        join("alice", aliceHeard);
        join("bob", bobHeard);
        join("carol", new ArrayList<>());
        join("dan", new ArrayList<>());
        flush();
        aliceHeard.clear();

        move("bob", 480);
        flush();

        assertThat(aliceHeard).singleElement().satisfies(change -> {
            assertThat(change.changed()).extracting(Presence::key).containsExactly("bob");
            assertThat(change.keys()).containsExactlyInAnyOrder("bob", "carol", "dan");
        });
    }

    @Test
    void a_join_and_a_leave_in_the_same_interval_are_both_heard() {
        join("alice", aliceHeard);
        join("bob", bobHeard);
        flush();
        aliceHeard.clear();

        join("carol", new ArrayList<>());
        room.leave("bob");
        room.requestFlush();
        move("alice", 960);
        flush();

        assertThat(aliceHeard).singleElement().satisfies(change -> {
            assertThat(change.changed()).extracting(Presence::key).containsExactly("carol");
            assertThat(change.keys()).as("bob left").containsExactly("carol");
        });
    }

    @Test
    void someone_who_joins_and_leaves_before_the_push_still_ends_absent_and_a_leave_alone_is_pushed() {
        join("alice", aliceHeard);
        join("bob", bobHeard);
        flush();
        aliceHeard.clear();

        join("carol", new ArrayList<>());
        room.leave("carol");
        room.requestFlush();
        flush();
        assertThat(aliceHeard).as("alice never heard of carol: nothing to tell").isEmpty();

        room.leave("bob");
        room.requestFlush();
        flush();
        assertThat(aliceHeard).singleElement().satisfies(change -> {
            assertThat(change.changed()).isEmpty();
            assertThat(change.keys()).isEmpty();
        });
    }

    @Test
    void a_newcomer_hears_everyone_at_once_including_editors_on_other_nodes() {
        join("alice", aliceHeard);
        move("alice", 240);
        remote.add(person("remote-bea", 720));
        room.heardRemote("remote-bea");
        room.requestFlush();
        flush();

        join("bob", bobHeard);
        flush();

        assertThat(bobHeard).singleElement().satisfies(change -> {
            assertThat(change.changed()).extracting(Presence::key).containsExactly("alice", "remote-bea");
            assertThat(change.changed().getFirst().playhead()).isEqualTo(240);
        });
    }

    @Test
    void an_editor_on_another_node_that_expired_is_dropped_on_resync() {
        join("alice", aliceHeard);
        remote.add(person("remote-bea", 0));
        room.heardRemote("remote-bea");
        room.requestFlush();
        flush();
        assertThat(aliceHeard.getLast().keys()).containsExactly("remote-bea");

        remote.clear();
        room.resyncAll();
        room.requestFlush();
        flush();
        assertThat(aliceHeard.getLast().keys()).isEmpty();
    }
}
