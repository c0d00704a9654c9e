package app.tutti.base.domain;

/** Input that breaks a rule; the message is written for the user and safe to show. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
