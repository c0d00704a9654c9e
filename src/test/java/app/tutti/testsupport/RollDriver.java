package app.tutti.testsupport;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * Drives the {@code <tutti-piano-roll>} on a page with the mouse, as a person would: points are
 * given in music terms (tick, pitch) and the roll is scrolled with the wheel until they are in view.
 */
public final class RollDriver {

    public static final String ROLL = "tutti-piano-roll";

    private final Page page;

    public RollDriver(Page page) {
        this.page = page;
    }

    /** A point on the page, in CSS pixels. */
    public record Point(double x, double y) {
    }

    /** Waits until the roll has loaded and been laid out. */
    public RollDriver ready() {
        page.locator(ROLL + "[data-ready]").waitFor();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').renderRoot"
                + ".querySelector('#roll-canvas').getBoundingClientRect().height > 100");
        return this;
    }

    /**
     * Where {@code tick} and the middle of {@code pitch}'s row are, after scrolling that row into view
     * and waiting until nothing covers that point (a dialog still fading out would take the click).
     */
    public Point at(long tick, int pitch) {
        scrollIntoView(pitch);
        Point p = point(tick, pitch);
        page.waitForFunction("([x, y]) => document.elementFromPoint(x, y) === document.querySelector('" + ROLL + "')",
                List.of(p.x(), p.y()));
        return p;
    }

    public void click(long tick, int pitch) {
        Point p = at(tick, pitch);
        page.mouse().click(p.x(), p.y());
    }

    public void hover(long tick, int pitch) {
        Point p = at(tick, pitch);
        page.mouse().move(p.x(), p.y(), new Mouse.MoveOptions().setSteps(4));
    }

    /** Presses at one place and releases at another, moving in steps like a hand. */
    public void drag(long fromTick, int fromPitch, long toTick, int toPitch) {
        Point from = at(fromTick, fromPitch);
        Point to = point(toTick, toPitch);
        page.mouse().move(from.x(), from.y());
        page.mouse().down();
        page.mouse().move(to.x(), to.y(), new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    @SuppressWarnings("unchecked")
    public List<String> selectedIds() {
        return (List<String>) page.evaluate("() => document.querySelector('" + ROLL + "').selectedIds");
    }

    /** The notes the roll holds, as the browser has them. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> notes() {
        return (List<Map<String, Object>>) page.evaluate("() => document.querySelector('" + ROLL + "').notes");
    }

    /** Where the ruler mark {@code id} is (the middle of its first bar, in the mark band), or null if it is not drawn. */
    @SuppressWarnings("unchecked")
    public Point markPoint(String id) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "id => document.querySelector('" + ROLL + "').rulerMarkPoint(id)", id);
        return p == null ? null : new Point(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue());
    }

    /** Waits until the roll canvas's pixel at {@code p} is amber (a ruler mark) or, with {@code amber} false, is not. */
    public void waitForAmber(Point p, boolean amber) {
        page.waitForFunction("([x, y, amber]) => { const c = document.querySelector('" + ROLL + "').renderRoot"
                + ".querySelector('#roll-canvas'); const b = c.getBoundingClientRect(); const d = c.width / b.width;"
                + " const px = c.getContext('2d').getImageData(Math.round((x - b.left) * d), Math.round((y - b.top) * d),"
                + " 1, 1).data; return (px[0] > 200 && px[2] < 170) === amber; }", List.of(p.x(), p.y(), amber));
    }

    /** Scrolls the roll with the mouse wheel until {@code pitch} is in the note area. */
    @SuppressWarnings("unchecked")
    public void scrollIntoView(int pitch) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Map<String, Object> where = (Map<String, Object>) page.evaluate("p => { const el = document.querySelector('"
                    + ROLL + "'); const box = el.renderRoot.querySelector('#roll-canvas').getBoundingClientRect();"
                    + " const y = el.clientPoint(0, p).y; return { away: y < box.top + 40 ? -1 : y > box.bottom - 20 ? 1 : 0,"
                    + " x: box.left + box.width / 2, y: box.top + box.height / 2 }; }", pitch);
            int away = ((Number) where.get("away")).intValue();
            if (away == 0) {
                return;
            }
            page.mouse().move(((Number) where.get("x")).doubleValue(), ((Number) where.get("y")).doubleValue());
            page.mouse().wheel(0, away * 40);
        }
        throw new AssertionError("Pitch " + pitch + " could not be scrolled into view");
    }

    @SuppressWarnings("unchecked")
    private Point point(long tick, int pitch) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "([t, p]) => document.querySelector('" + ROLL + "').clientPoint(t, p)", List.of((double) tick, pitch));
        return new Point(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue());
    }
}
