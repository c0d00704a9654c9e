package app.tutti.collab.ui;

import app.tutti.base.domain.ProjectId;
import com.vaadin.flow.component.Component;

/**
 * Lets later features put an action in the editor's toolbar without the editor knowing them
 * (MIDI export, versions, AI continuation): each is a Spring bean, ordered with {@code @Order}.
 */
public interface EditorToolbarItem {

    Component create(ProjectId projectId);

    /** Items that act on what is selected in the roll override this one; it is the one the editor calls. */
    default Component create(ProjectId projectId, PianoRoll roll) {
        return create(projectId);
    }
}
