package app.tutti.collab.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets later features add to the public read-only page (credits, for one) without the page knowing
 * them: each is a Spring bean, ordered with {@code @Order}, shown under the page's header. It gets
 * the page's link token and must show only what a public listener may see.
 */
public interface ListenPageSection {

    Component create(String publicToken);
}
