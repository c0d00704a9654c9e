package app.tutti.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberingLookupTest {

    /** Counts what reaches Vaadin's lookup; finds a String and no Polymer handler. */
    static final class CountingLookup implements Lookup {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public <T> T lookup(Class<T> type) {
            asked.incrementAndGet();
            return type == String.class ? type.cast("found") : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.incrementAndGet();
            return List.of();
        }
    }

    @Test
    void the_polymer_handler_is_looked_up_once_and_everything_else_every_time() {
        CountingLookup vaadin = new CountingLookup();
        Lookup lookup = new RememberingLookup(vaadin);

        for (int i = 0; i < 100; i++) {
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
        }
        assertThat(vaadin.asked).hasValue(1);

        assertThat(lookup.lookup(String.class)).isEqualTo("found");
        assertThat(lookup.lookup(String.class)).isEqualTo("found");
        assertThat(lookup.lookupAll(Integer.class)).isEmpty();
        assertThat(vaadin.asked).hasValue(4);
    }
}
