package app.tutti.base.domain;

/** The current user may see the thing but not do this to it (e.g. a viewer trying to edit). */
public class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
