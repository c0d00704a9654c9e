package app.tutti.ai.ui;

import app.tutti.ai.domain.ClosestExcerpt;
import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.service.GenerationFailedException;
import app.tutti.ai.service.GenerationHandle;
import app.tutti.ai.service.GenerationProgress;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.collab.ui.PianoRoll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The AI's proposal beside the roll: while the model works, its place in the queue or the tokens
 * written, with Cancel; then the ghost notes' closest training excerpts (each can be heard) and
 * Regenerate, Accept selection, Accept all (Enter) and Reject (Esc). A non-modal dialog, so the
 * user can keep playing and looking at the roll. Results arrive on a background thread and are
 * shown through {@code UI.access} (the app uses server push).
 */
class ProposalPanel extends Dialog {

    private final AiServices services;
    private final PianoRoll roll;
    private final Paragraph status = new Paragraph();
    private final Div provenance = new Div();
    private final Button cancel = new Button("Cancel");
    private final Button regenerate = new Button("Regenerate", VaadinIcon.REFRESH.create());
    private final Button acceptSelection = new Button("Accept selected");
    private final Button acceptAll = new Button("Accept all", VaadinIcon.CHECK.create());
    private final Button reject = new Button("Reject", VaadinIcon.CLOSE_SMALL.create());
    private @Nullable GenerationHandle running;
    private @Nullable Generation shown;

    ProposalPanel(AiServices services, PianoRoll roll) {
        this.services = services;
        this.roll = roll;
        setId("ai-proposal");
        setHeaderTitle("AI proposal");
        setModal(false);
        setDraggable(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("380px");
        setMaxHeight("calc(100vh - 250px)");
        setTop("230px");
        setLeft("270px");
        status.setId("ai-status");
        provenance.setId("ai-provenance");
        cancel.setId("ai-cancel");
        regenerate.setId("ai-regenerate");
        acceptSelection.setId("ai-accept-selection");
        acceptAll.setId("ai-accept-all");
        reject.setId("ai-reject");
        acceptAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph("Not in the project yet. Space plays them along; click or Shift + drag "
                + "selects some. Enter accepts all, Esc rejects.");
        hint.addClassName("tutti-help-text");
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout content = new VerticalLayout(status, provenance, hint);
        content.setPadding(false);
        content.setSpacing(false);
        add(content);
        cancel.addClickListener(e -> cancelRunning());
        regenerate.addClickListener(e -> regenerate());
        acceptAll.addClickListener(e -> acceptAll());
        acceptSelection.addClickListener(e -> acceptSelection());
        reject.addClickListener(e -> reject());
        getFooter().add(cancel, regenerate, reject, acceptSelection, acceptAll);
        roll.addGhostKeyListener(accept -> {
            if (shown != null) {
                if (accept) {
                    acceptAll();
                } else {
                    reject();
                }
            }
        });
    }

    /** Shows the progress of a new generation and, when it is done, its proposal. */
    void follow(GenerationHandle handle, UUID trackId) {
        UI ui = UI.getCurrent();
        running = handle;
        shown = null;
        roll.clearGhostNotes();
        provenance.removeAll();
        showButtons(true);
        showProgress(handle.progress());
        if (!isOpened()) {
            open();
        }
        handle.onProgress(progress -> access(ui, () -> {
            if (running == handle) {
                showProgress(progress);
            }
        }));
        handle.result().whenComplete((generation, error) -> access(ui, () -> {
            if (running != handle) {
                return;
            }
            running = null;
            if (error == null) {
                show(generation, trackId);
            } else {
                failed(error);
            }
        }));
    }

    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            // The user left the editor; the generation stays in the project's history.
        }
    }

    private void showProgress(GenerationProgress progress) {
        status.setText(switch (progress.status()) {
            case QUEUED -> progress.queuePosition() <= 0 ? "Next in line…"
                    : "Waiting: " + progress.queuePosition() + " request" + (progress.queuePosition() == 1 ? "" : "s")
                            + " ahead of yours…";
            case RUNNING -> "Writing… " + progress.tokensGenerated() + " tokens so far";
            default -> "Finishing…";
        });
    }

    private void show(Generation generation, UUID trackId) {
        shown = generation;
        showButtons(false);
        int notes = generation.proposedNotes().size();
        status.setText(notes == 0 ? "The model wrote no notes for this track. Regenerate to try another seed."
                : notes + " note" + (notes == 1 ? "" : "s") + " proposed from bar " + (generation.promptToBar() + 1)
                        + " (seed " + generation.seed() + ").");
        roll.showGhostNotes(generation.proposedNotes(), trackId);
        provenance.removeAll();
        provenance.add(new Span(generation.provenance().isEmpty()
                ? "No training music resembles these notes (too few, or only common figures such as scales)."
                : "Closest training music:"));
        for (int rank = 0; rank < generation.provenance().size(); rank++) {
            provenance.add(excerptRow(generation.id(), generation.provenance().get(rank), rank));
        }
    }

    private HorizontalLayout excerptRow(GenerationId id, ClosestExcerpt excerpt, int rank) {
        Span credit = new Span(excerpt.credit());
        credit.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "block");
        Span text = new Span(new Span("Closest to " + excerpt.describe() + " — "), credit);
        text.addClassName("ai-excerpt");
        Button hear = new Button("Hear", VaadinIcon.PLAY.create(),
                e -> roll.playExcerpt(services.continuations().provenanceExcerpt(id, rank)));
        hear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        hear.setId("ai-hear-" + rank);
        hear.setTooltipText("Play this training excerpt alone (Space stops)");
        HorizontalLayout row = new HorizontalLayout(text, hear);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private void failed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean cancelled = cause instanceof GenerationFailedException f && f.status() == GenerationStatus.CANCELLED;
        close();
        if (!cancelled) {
            notifyError(cause instanceof GenerationFailedException ? cause.getMessage()
                    : "The AI could not finish: " + cause.getMessage());
        }
    }

    private void showButtons(boolean working) {
        cancel.setVisible(working);
        regenerate.setVisible(!working);
        acceptSelection.setVisible(!working);
        acceptAll.setVisible(!working);
        reject.setVisible(!working);
    }

    private void cancelRunning() {
        if (running != null) {
            services.continuations().cancel(running.id());
        }
        close();
    }

    private void regenerate() {
        Generation previous = shown;
        if (previous == null) {
            return;
        }
        decide(() -> {
            GenerationHandle handle = services.continuations().regenerate(previous.id());
            services.decisions().reject(previous.id());
            follow(handle, previous.trackId());
        });
    }

    private void acceptAll() {
        Generation generation = shown;
        if (generation != null) {
            decide(() -> {
                services.decisions().acceptAll(generation.id());
                finish("Accepted " + generation.proposedNotes().size() + " notes from the AI.");
            });
        }
    }

    private void acceptSelection() {
        Generation generation = shown;
        if (generation == null) {
            return;
        }
        roll.readGhostSelection(ids -> {
            if (ids.isEmpty()) {
                notifyError("Select some ghost notes first (click, or Shift + drag).");
                return;
            }
            decide(() -> {
                services.decisions().acceptSome(generation.id(), ids);
                finish("Accepted " + ids.size() + " of the AI's notes.");
            });
        });
    }

    private void reject() {
        Generation generation = shown;
        if (generation != null) {
            decide(() -> {
                services.decisions().reject(generation.id());
                finish("Rejected the AI's proposal.");
            });
        }
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (InvalidInputException | PermissionDeniedException | NotFoundException e) {
            notifyError(e.getMessage());
        }
    }

    private void finish(String message) {
        shown = null;
        roll.clearGhostNotes();
        close();
        Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    }

    private static void notifyError(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
