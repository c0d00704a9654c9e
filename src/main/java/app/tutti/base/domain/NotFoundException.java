package app.tutti.base.domain;

/**
 * Something does not exist, or the current user may not know it exists. Both cases look the
 * same to the caller on purpose, so ids of other people's work reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
