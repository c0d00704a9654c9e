package app.tutti.base.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception thrown while handling a click or a client call into a message the user
 * can act on. Rule violations show their own message; anything else is logged with its stack
 * and shown as a generic failure, so nothing internal leaks to the browser.
 */
class UserErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(rootCause(event.getThrowable()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(message, 5000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static String messageFor(Throwable error) {
        if (error instanceof InvalidInputException || error instanceof NotFoundException
                || error instanceof PermissionDeniedException) {
            return error.getMessage();
        }
        log.error("Unexpected error while handling a user action", error);
        return "Something went wrong; nothing was changed. Please try again.";
    }

    private static Throwable rootCause(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && !(current instanceof InvalidInputException
                || current instanceof NotFoundException || current instanceof PermissionDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
