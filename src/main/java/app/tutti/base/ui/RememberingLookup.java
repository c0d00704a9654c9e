package app.tutti.base.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's lookup, except that the Polymer-template handler is looked up once. Vaadin asks for
 * that handler for every argument of every client call ({@code PublishedServerEventHandlerRpcHandler}),
 * and the Spring lookup answers each time with a {@link java.util.ServiceLoader} scan of the class
 * path (registering a bean does not help: it scans anyway), which was about 6 % of the node's CPU
 * with 200 people editing (docs/benchmarks.md). The class path does not change while the app
 * runs, so the first answer (this app has no Polymer templates: none) stays right. Everything
 * else goes to Vaadin's lookup unchanged.
 */
final class RememberingLookup implements Lookup {

    private final Lookup lookup;
    private volatile @Nullable Optional<DeprecatedPolymerPublishedEventHandler> polymer;

    RememberingLookup(Lookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public <T> @Nullable T lookup(Class<T> type) {
        if (type != DeprecatedPolymerPublishedEventHandler.class) {
            return lookup.lookup(type);
        }
        Optional<DeprecatedPolymerPublishedEventHandler> known = polymer;
        if (known == null) {
            known = Optional.ofNullable(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class));
            polymer = known;
        }
        return type.cast(known.orElse(null));
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> type) {
        return lookup.lookupAll(type);
    }
}
