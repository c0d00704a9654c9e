package app.tutti.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is clicked (exports in the editor and dialogs). */
public final class DownloadLink {

    /** What the click downloads. */
    public record File(String name, String type, byte[] bytes) {
    }

    private DownloadLink() {
    }

    public static Anchor create(String id, VaadinIcon icon, String label, Supplier<File> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            File made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.bytes()), made.name(), made.type(),
                    made.bytes().length);
        }), "");
        link.add(icon.create(), new Span(" " + label));
        link.setId(id);
        link.addClassName("tutti-toolbar-link");
        return link;
    }
}
