package app.tutti.sharing.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The full address of a path in this app, as the browser reached it (so it works behind a proxy). */
final class LinkAddress {

    private LinkAddress() {
    }

    static String of(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + path)
                .toUriString();
    }
}
