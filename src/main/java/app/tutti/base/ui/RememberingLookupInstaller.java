package app.tutti.base.ui;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts {@link RememberingLookup} in front of Vaadin's lookup when the Vaadin service starts. */
@Component
class RememberingLookupInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (lookup != null && !(lookup instanceof RememberingLookup)) {
            context.setAttribute(Lookup.class, new RememberingLookup(lookup));
        }
    }
}
