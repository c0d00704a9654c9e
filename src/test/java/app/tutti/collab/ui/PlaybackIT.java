package app.tutti.collab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Playback in real headless Chromium of a song whose tempo doubles at bar 2: the ruler marks the
 * change, the audio clock follows the tempo map, and notes already sounding at the playhead are heard.
 */
class PlaybackIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";
    private static final int BAR_2 = 1920;

    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;

    Page page;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();
    final Note held = note(60, 0, 2 * BAR_2);
    final Note over = note(64, 0, 480);
    final Note later = note(67, 3 * BAR_2, 480);

    @BeforeEach
    void open_a_song_that_speeds_up_at_bar_2() {
        String username = users.register("tempo");
        users.logIn(username);
        ProjectId project = projects.create(new ProjectDetails("Speeding up", 120,
                ProjectDetails.untitled().timeSignature(), ProjectDetails.untitled().key()),
                List.of(Track.of(0, "Piano", 0, 0)), List.of(new TempoPoint(BAR_2, 240)));
        UUID track = projects.tracksOf(project).getFirst().id();
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(List.of(withTrack(held, track),
                withTrack(over, track), withTrack(later, track))));
        page = browser.newPage(1280, 800);
        page.onPageError(pageErrors::add);
        logIn(page, username);
        page.navigate(url("/projects/" + project));
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();
    }

    @Test
    void the_playhead_follows_the_tempo_map_across_a_tempo_change() {
        Browser.screenshot(page, "editor-tempo-map");
        clickRuler(BAR_2 - 480);
        assertThat(number("el.playheadTick")).isEqualTo(BAR_2 - 480);

        page.locator(ROLL + " #play").click();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').playheadTick > " + (BAR_2 + 960), null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));

        assertThat(number("Math.round(el.playback.ready.transport.tone.bpm.value)")).isEqualTo(240);
        // The tick Tone's transport plays now, and the tick the tempo map gives for the audio time since the start.
        @SuppressWarnings("unchecked")
        List<Number> ticks = (List<Number>) page.evaluate("() => { const tr = document.querySelector('" + ROLL + "')"
                + ".playback.ready.transport; const now = tr.tone.context.immediate();"
                + " return [tr.tone.getTicksAtTime(now),"
                + " tr.map.tick(tr.map.seconds(tr.startTick) + now - tr.startTime)]; }");
        assertThat(ticks.get(0).doubleValue()).isGreaterThan(BAR_2 + 960)
                .isCloseTo(ticks.get(1).doubleValue(), org.assertj.core.data.Offset.offset(5.0));
        Browser.screenshot(page, "editor-tempo-map-playing");
    }

    @Test
    void looping_back_to_the_start_returns_to_the_tempo_there() {
        page.evaluate("() => document.querySelector('" + ROLL + "').focus()");
        page.keyboard().press("l");
        page.locator(ROLL + " #play").click();
        // Bars 1-4 loop: 120 bpm, then 240 from bar 2; wait until the playhead has passed bar 4's start and jumped back.
        page.waitForFunction("() => { const el = document.querySelector('" + ROLL + "');"
                + " window.furthest = Math.max(window.furthest ?? 0, el.playheadTick);"
                + " return window.furthest > " + (3 * BAR_2) + " && el.playheadTick < " + (BAR_2 / 2) + "; }", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));

        assertThat(number("Math.round(el.playback.ready.transport.tone.bpm.value)")).isEqualTo(120);
        page.locator(ROLL + " #play").click();
    }

    @Test
    void a_note_already_sounding_at_the_playhead_is_heard_from_there() {
        clickRuler(960);
        page.locator(ROLL + " #play").click();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').playheadTick > 1200", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));

        @SuppressWarnings("unchecked")
        List<String> voiced = (List<String>) page.evaluate("() => [...document.querySelector('" + ROLL + "')"
                + ".playback.ready.voiced]");
        assertThat(voiced).contains(held.id().toString()).doesNotContain(over.id().toString(),
                later.id().toString());
        page.locator(ROLL + " #play").click();
    }

    @AfterEach
    void no_script_errors() {
        assertThat(pageErrors).isEmpty();
    }

    /** A click on the ruler above {@code tick}, as a person moves the playhead. */
    @SuppressWarnings("unchecked")
    private void clickRuler(int tick) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate("t => { const el = document.querySelector('" + ROLL
                + "'); const top = el.shadowRoot.querySelector('#roll-canvas').getBoundingClientRect().top;"
                + " return {x: el.clientPoint(t, 60).x, y: top + 8}; }", tick);
        page.mouse().click(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue());
    }

    private int number(String expression) {
        return ((Number) page.evaluate("() => { const el = document.querySelector('" + ROLL + "'); return "
                + expression + "; }")).intValue();
    }

    private static Note note(int pitch, long start, long duration) {
        return new Note(UUID.randomUUID(), UUID.randomUUID(), pitch, start, duration, 90);
    }

    private static Note withTrack(Note note, UUID track) {
        return new Note(note.id(), track, note.pitch(), note.start(), note.duration(), note.velocity());
    }
}
