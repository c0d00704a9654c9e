package app.tutti.collab.ui;

import app.tutti.composition.domain.Track;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks a track's colour from {@link Track#PALETTE}, each shown as a swatch with its name. */
class TrackColorSelect extends Select<String> {

    static final Map<String, String> NAMES = Map.of("#4f7cff", "Blue", "#e8590c", "Orange", "#2f9e44", "Green",
            "#ae3ec9", "Purple", "#f59f00", "Amber", "#1098ad", "Teal", "#e64980", "Pink", "#5c940d", "Olive",
            "#c92a2a", "Red", "#495057", "Slate");

    TrackColorSelect(Track track) {
        List<String> colors = new ArrayList<>(Track.PALETTE);
        if (!colors.contains(track.color())) {
            colors.add(track.color());
        }
        setItems(colors);
        setValue(track.color());
        setRenderer(new ComponentRenderer<>(color -> new Span(swatch(color), new Span(" " + name(color)))));
        setItemLabelGenerator(TrackColorSelect::name);
        setPrefixComponent(swatch(track.color()));
        addValueChangeListener(e -> setPrefixComponent(swatch(e.getValue())));
        setAriaLabel("Colour of " + track.name());
        addClassName("track-colour");
        setWidthFull();
    }

    static String name(String color) {
        return NAMES.getOrDefault(color, color);
    }

    private static Span swatch(String color) {
        Span dot = new Span();
        dot.addClassName("tutti-track-swatch");
        dot.getStyle().set("display", "inline-block").set("width", "0.9rem").set("height", "0.9rem")
                .set("border-radius", "50%").set("vertical-align", "middle").set("background", color);
        return dot;
    }
}
