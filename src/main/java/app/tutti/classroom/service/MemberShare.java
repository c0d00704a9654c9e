package app.tutti.classroom.service;

/** One person's part of a copy's notes. */
public record MemberShare(String name, int notes, int percent) {
}
