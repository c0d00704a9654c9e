package app.tutti.collab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.RollDriver;
import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.service.MidiImporter;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A songwriter in real headless Chromium edits a project in the editor: every edit goes to the server. */
class EditorIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";
    /** Above the test song's highest note (74), so this row is empty. */
    private static final int PITCH = 81;
    private static final int BAR_2 = 1920;



    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    MidiImporter importer;

    Page page;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();



    String username;
    ProjectId project;

    @BeforeEach
    void open_a_project_of_300_notes_as_its_owner() {
        username = users.register("roll");
        project = projectWith(300);
        page = browser.newPage(1280, 800);
        page.onPageError(pageErrors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                pageErrors.add(message.text());
            }
        });
        logIn(page, username);
        openEditor(project);
    }


    /** A new project of the test user, with {@code count} notes committed through the operation log. */
    private ProjectId projectWith(int count) {
        users.logIn(username);
        ProjectId id = projects.create(ProjectDetails.untitled(),
                List.of(Track.of(0, "Melody", 0, 0), Track.of(1, "Bass", 32, 1)));
        List<Track> tracks = projects.tracksOf(id);
        List<Note> notes = ArpeggioSong.notes(tracks.get(0).id(), tracks.get(1).id(), count);
        NoteDocument.batches(notes).forEach(
                batch -> edits.submit(id, UUID.randomUUID(), 0, new EditOp.AddNotes(batch)));
        return id;
    }

    private void openEditor(ProjectId id) {
        page.navigate(url("/projects/" + id));
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();
    }

    @Test
    void edits_are_saved_and_a_reload_shows_exactly_what_was_there() {
        drag(BAR_2 + 10, PITCH, BAR_2 + 900, PITCH);
        drag(BAR_2 + 480, PITCH, BAR_2 + 960, PITCH);
        waitUntilAcknowledged();
        Object before = page.evaluate("() => JSON.stringify(document.querySelector('" + ROLL
                + "').notes.map(n => [n.id, n.trackId, n.pitch, n.start, n.duration, n.velocity]).sort())");

        page.reload();
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();

        Object after = page.evaluate("() => JSON.stringify(document.querySelector('" + ROLL
                + "').notes.map(n => [n.id, n.trackId, n.pitch, n.start, n.duration, n.velocity]).sort())");
        assertThat(after).isEqualTo(before);
        assertThat(drawn()).containsEntry("start", BAR_2 + 480).containsEntry("duration", 960);
        assertThat(edits.open(project).document().size()).isEqualTo(301);
    }

    @Test
    void draw_move_resize_undo_and_help() {
        int before = number("el.noteCount");
        assertThat(before).isEqualTo(300);
        Browser.screenshot(page, "roll-loaded");

        drag(BAR_2 + 10, PITCH, BAR_2 + 900, PITCH);
        assertThat(number("el.noteCount")).isEqualTo(before + 1);
        assertThat(drawn()).containsEntry("start", BAR_2).containsEntry("duration", 960)
                .containsEntry("pitch", PITCH);
        assertThat(number("el.selectedIds.length")).isEqualTo(1);

        drag(BAR_2 + 480, PITCH, BAR_2 + 960, PITCH);
        assertThat(drawn()).containsEntry("start", BAR_2 + 480).containsEntry("duration", 960);

        int rightEdge = BAR_2 + 480 + 960;
        drag(rightEdge - 15, PITCH, rightEdge + 480, PITCH);
        assertThat(drawn()).containsEntry("start", BAR_2 + 480).containsEntry("duration", 1440);
        waitUntilAcknowledged();
        Browser.screenshot(page, "roll-edited");

        page.keyboard().press("Control+z");
        assertThat(drawn()).containsEntry("start", BAR_2 + 480).containsEntry("duration", 960);
        page.keyboard().press("Control+Shift+z");
        assertThat(drawn()).containsEntry("duration", 1440);
        page.keyboard().press("Control+z");
        assertThat(drawn()).containsEntry("duration", 960);
        waitUntilAcknowledged();

        page.keyboard().press("?");
        assertThat(page.locator(ROLL + " #help")).isVisible();
        assertThat(page.locator(ROLL + " #help")).containsText("Ctrl + D");
        Browser.screenshot(page, "roll-help");
        page.keyboard().press("?");
        assertThat(page.locator(ROLL + " #help")).isHidden();
    }

    @Test
    void keyboard_edits_transpose_duplicate_and_delete_the_selection() {
        drag(BAR_2, PITCH, BAR_2 + 400, PITCH);
        int count = number("el.noteCount");
        page.keyboard().press("ArrowUp");
        assertThat(drawn()).containsEntry("pitch", PITCH + 1);
        page.keyboard().press("Shift+ArrowDown");
        assertThat(number("el.notes.filter(n => n.pitch === " + (PITCH - 11) + ").length")).isEqualTo(1);
        page.keyboard().press("Control+d");
        assertThat(number("el.noteCount")).isEqualTo(count + 1);
        page.keyboard().press("Delete");
        assertThat(number("el.noteCount")).isEqualTo(count);
        page.keyboard().press("Control+a");
        assertThat(number("el.selectedIds.length")).isGreaterThan(200);
        waitUntilAcknowledged();
    }

    @Test
    void a_song_of_ten_thousand_notes_redraws_well_within_a_frame() {
        openEditor(projectWith(10_000));
        page.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 10000");
        page.locator(ROLL + " #zoom-out").click(new Locator.ClickOptions().setClickCount(12));
        Browser.screenshot(page, "roll-10000");
        // Times the renderer's own draw (internal, read here only to measure) over 30 frames.
        double millis = ((Number) page.evaluate("() => { const r = document.querySelector('" + ROLL + "').canvases.main;"
                + " const t0 = performance.now(); for (let i = 0; i < 30; i++) r.draw();"
                + " return (performance.now() - t0) / 30; }")).doubleValue();
        assertThat(millis).as("ms per full redraw").isLessThan(30);
    }

    @Test
    void clicking_a_piano_key_announces_its_pitch() {
        page.evaluate("() => document.querySelector('" + ROLL + "').addEventListener('key-pressed',"
                + " e => window.pressedPitch = e.detail.pitch)");
        Map<String, Double> key = point(0, 72);
        double keyboardMiddle = ((Number) page.evaluate("() => document.querySelector('" + ROLL + "')"
                + ".shadowRoot.querySelector('canvas').getBoundingClientRect().left + 50")).doubleValue();
        page.mouse().click(keyboardMiddle, key.get("y"));
        assertThat(((Number) page.evaluate("() => window.pressedPitch")).intValue()).isEqualTo(72);
    }

    @Test
    void a_forged_out_of_range_note_is_refused_with_a_message() {
        String forged = "el.$server.submit({clientOpId: '" + UUID.randomUUID() + "', baseSeq: 0, op: {type: 'AddNotes',"
                + " notes: [{id: crypto.randomUUID(), trackId: crypto.randomUUID(), pitch: 200, start: 0,"
                + " duration: 480, velocity: 90}]}})";
        page.evaluate("() => { const el = document.querySelector('" + ROLL + "'); " + forged + "; }");
        Locator toast = page.locator(ROLL + " #toast");
        assertThat(toast).containsText("pitch must be 0 to 127");
        Browser.screenshot(page, "roll-rejected");
        page.evaluate("() => document.querySelector('" + ROLL + "').$server.submit({clientOpId: 'nonsense'})");
        page.evaluate("() => document.querySelector('" + ROLL + "').$server.submit({clientOpId: '"
                + UUID.randomUUID() + "', op: {type: 'Explode'}})");
        assertThat(toast).containsText("could not be read");
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();
    }

    @Test
    void play_moves_the_playhead_on_the_audio_clock_and_stop_and_space_end_it() {
        page.locator(ROLL + " #play").click();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').playing", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.evaluate("() => document.querySelector('" + ROLL + "').soundsLoaded")).isEqualTo(true);
        int first = number("el.playheadTick");
        page.waitForTimeout(1000);
        int second = number("el.playheadTick");
        // 120 bpm at 480 ticks per quarter is 960 ticks a second.
        assertThat(second - first).as("ticks in about a second").isBetween(500, 1500);
        page.keyboard().press("m");
        page.keyboard().press("l");
        Browser.screenshot(page, "editor-playing");
        page.locator(ROLL + " #play").click();
        assertThat(page.evaluate("() => document.querySelector('" + ROLL + "').playing")).isEqualTo(false);
        assertThat(number("el.playheadTick")).isZero();

        page.evaluate("() => document.querySelector('" + ROLL + "').focus()");
        page.keyboard().press("Space");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').playing");
        page.keyboard().press("Space");
        assertThat(page.evaluate("() => document.querySelector('" + ROLL + "').playing")).isEqualTo(false);
    }

    @Test
    void dragging_a_velocity_stem_changes_the_velocity_and_survives_a_reload() {
        drag(BAR_2, PITCH, BAR_2 + 400, PITCH);
        assertThat(drawn()).containsEntry("velocity", 100);
        Map<String, Double> from = velocityPoint(BAR_2, 100);
        Map<String, Double> to = velocityPoint(BAR_2, 40);
        page.mouse().move(from.get("x"), from.get("y"));
        page.mouse().down();
        page.mouse().move(to.get("x"), to.get("y"), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        int velocity = ((Number) drawn().get("velocity")).intValue();
        assertThat(velocity).isBetween(37, 43);
        page.keyboard().press("c");
        Browser.screenshot(page, "editor-velocity-by-track");
        page.keyboard().press("Control+z");
        assertThat(drawn()).containsEntry("velocity", 100);
        page.keyboard().press("Control+Shift+z");
        waitUntilAcknowledged();

        page.reload();
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();
        assertThat(drawn()).containsEntry("velocity", velocity);
    }

    @Test
    void q_quantizes_an_off_grid_note_onto_the_snap_grid_in_one_undoable_edit() {
        page.locator(ROLL + " #snap").selectOption("off");
        drag(BAR_2 + 50, PITCH, BAR_2 + 500, PITCH);
        int offGrid = ((Number) drawn().get("start")).intValue();
        assertThat(offGrid % 120).as("start off the 1/16 grid").isNotZero();
        page.locator(ROLL + " #snap").selectOption("1/16");
        page.evaluate("() => document.querySelector('" + ROLL + "').focus()");
        page.keyboard().press("q");
        assertThat(page.locator(ROLL + " #quantize")).isVisible();
        Browser.screenshot(page, "editor-quantize");
        page.locator(ROLL + " #quantize-apply").click();
        assertThat(page.locator(ROLL + " #quantize")).isHidden();
        int start = ((Number) drawn().get("start")).intValue();
        assertThat(start % 120).isZero();
        assertThat(Math.abs(start - offGrid)).isLessThanOrEqualTo(60);
        page.keyboard().press("Control+z");
        assertThat(drawn()).containsEntry("start", offGrid);
        page.keyboard().press("Control+Shift+z");
        assertThat(drawn()).containsEntry("start", start);
        waitUntilAcknowledged();
    }

    @Test
    void new_notes_go_to_the_active_track() {
        String bass = projects.tracksOf(project).get(1).id().toString();
        page.evaluate("id => document.querySelector('" + ROLL + "').setActiveTrack(id)", bass);
        drag(BAR_2, PITCH, BAR_2 + 400, PITCH);
        assertThat(drawn()).containsEntry("trackId", bass);
        waitUntilAcknowledged();
        Browser.screenshot(page, "editor-bass-track");
    }

    @Test
    void the_selected_notes_can_be_exported_as_a_midi_file() throws Exception {
        Locator export = page.locator("#export-selection");
        assertThat(export).isDisabled();
        drag(BAR_2, PITCH, BAR_2 + 480, PITCH);
        assertThat(export).isEnabled();
        waitUntilAcknowledged();

        Download download = page.waitForDownload(export::click);

        MidiSong song = importer.importFrom(Files.readAllBytes(download.path())).song();
        int duration = ((Number) drawn().get("duration")).intValue();
        assertThat(download.suggestedFilename()).isEqualTo("Untitled-selection.mid");
        assertThat(song.tracks()).singleElement().satisfies(track -> {
            assertThat(track.name()).isEqualTo("Melody");
            assertThat(track.notes()).containsExactly(new MidiNote(PITCH, BAR_2, duration, 100));
        });
        page.evaluate("() => document.querySelector('" + ROLL + "').focus()");
        page.keyboard().press("Escape");
        assertThat(export).isDisabled();
    }

    @Test
    void a_track_colour_chosen_in_the_tracks_dialog_colours_its_notes() {
        page.evaluate("() => document.querySelector('" + ROLL + "').focus()");
        page.keyboard().press("c");
        page.locator("#tracks-button").click();
        page.locator("vaadin-select.track-colour").first().click();
        Browser.screenshot(page, "tracks-dialog-colour-picker");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Red")).click();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').view.tracks[0].color === '#c92a2a'");
        assertThat(projects.tracksOf(project).getFirst().color()).isEqualTo("#c92a2a");
        Browser.screenshot(page, "tracks-dialog-colour");
        page.keyboard().press("Escape");
        Browser.screenshot(page, "editor-red-melody");
    }

    @AfterEach
    void no_script_errors() {
        assertThat(pageErrors).isEmpty();
    }

    /** Presses at one tick/pitch and releases at another, moving the mouse in steps like a hand. */
    private void drag(int fromTick, int fromPitch, int toTick, int toPitch) {
        Map<String, Double> from = point(fromTick, fromPitch);
        Map<String, Double> to = point(toTick, toPitch);
        page.mouse().move(from.get("x"), from.get("y"));
        page.mouse().down();
        page.mouse().move(to.get("x"), to.get("y"), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> point(int tick, int pitch) {
        new RollDriver(page).scrollIntoView(pitch);
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "([t, p]) => document.querySelector('" + ROLL + "').clientPoint(t, p)", List.of(tick, pitch));
        return Map.of("x", ((Number) p.get("x")).doubleValue(), "y", ((Number) p.get("y")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> velocityPoint(int tick, int velocity) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "([t, v]) => document.querySelector('" + ROLL + "').velocityPoint(t, v)", List.of(tick, velocity));
        return Map.of("x", ((Number) p.get("x")).doubleValue(), "y", ((Number) p.get("y")).doubleValue());
    }

    /** The one note on the free rows above the song (the one the test drew). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> drawn() {
        return (Map<String, Object>) page.evaluate("() => { const el = document.querySelector('" + ROLL + "');"
                + " const n = el.notes.filter(n => n.pitch > 74); return n.length === 1 ? n[0] : {count: n.length}; }");
    }

    private int number(String expression) {
        return ((Number) page.evaluate("() => { const el = document.querySelector('" + ROLL + "'); return "
                + expression + "; }")).intValue();
    }

    private void waitUntilAcknowledged() {
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
    }
}
