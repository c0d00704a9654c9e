package app.tutti.account.service;

import app.tutti.base.domain.InvalidInputException;

/** A registration broke a rule; says which field, so the form can mark it. */
public class RegistrationRejectedException extends InvalidInputException {

    public enum Field { USERNAME, DISPLAY_NAME, PASSWORD }

    private final Field field;

    RegistrationRejectedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
