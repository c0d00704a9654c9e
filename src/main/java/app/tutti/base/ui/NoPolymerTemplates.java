package app.tutti.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument of a {@code @ClientCallable} is a Polymer template model (this app
 * has no Polymer templates). Vaadin asks its lookup for this handler for every argument of every
 * client call; without a bean the Spring lookup finds none and falls back to a
 * {@link java.util.ServiceLoader} scan of the class path each time, which was about 6 % of the
 * node's CPU with 200 people editing (docs/benchmarks.md).
 */
@org.springframework.stereotype.Component
class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("This app has no Polymer templates");
    }
}
