package app.tutti.history.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.history.service.CommentService;
import app.tutti.history.service.CommentThread;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Comment threads beside the roll (a non-modal panel, so the roll stays usable): comment on a
 * bar range, reply, and (editors) resolve. Open threads come first. {@link #show} redraws it with
 * threads that changed elsewhere, keeping replies being typed; {@link #focus} brings one thread forward.
 */
class CommentsPanel extends Dialog {

    final IntegerField firstBar = new IntegerField("From bar");
    final IntegerField lastBar = new IntegerField("to bar");
    final TextArea body = new TextArea();
    final Button post = new Button("Comment");
    final VerticalLayout threads = new VerticalLayout();

    private final ProjectId projectId;
    private final CommentService comments;
    private final boolean canResolve;
    private final Map<UUID, Div> cards = new HashMap<>();
    private final Map<UUID, TextField> replies = new HashMap<>();
    private @Nullable UUID focused;

    CommentsPanel(ProjectId projectId, CommentService comments, boolean canResolve) {
        this.projectId = projectId;
        this.comments = comments;
        this.canResolve = canResolve;
        setId("comments-panel");
        setHeaderTitle("Comments");
        setModal(false);
        setDraggable(true);
        setResizable(true);
        setWidth("26rem");
        // At the right, below the ruler, so the ruler's comment marks stay in sight and clickable.
        setLeft("calc(100vw - 27rem)");
        setTop("15rem");
        firstBar.setId("comment-first-bar");
        lastBar.setId("comment-last-bar");
        firstBar.setMin(1);
        lastBar.setMin(1);
        firstBar.setValue(1);
        lastBar.setValue(1);
        firstBar.setWidth("7rem");
        lastBar.setWidth("7rem");
        body.setId("comment-body");
        body.setPlaceholder("What do you think about these bars?");
        body.setWidthFull();
        post.setId("post-comment");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        threads.setId("comment-threads");
        threads.setPadding(false);
        add(new HorizontalLayout(firstBar, lastBar), body, post, threads);
        getFooter().add(new Button("Close", e -> close()));
        refresh();
    }

    private void post() {
        try {
            comments.comment(projectId, value(firstBar), value(lastBar), body.getValue());
            body.clear();
            body.setInvalid(false);
            refresh();
        } catch (InvalidInputException e) {
            body.setInvalid(true);
            body.setErrorMessage(e.getMessage());
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void refresh() {
        show(comments.threads(projectId));
    }

    /** Redraws the threads; a reply someone is typing stays in its field. */
    void show(List<CommentThread> all) {
        Map<UUID, String> drafts = new HashMap<>();
        replies.forEach((id, field) -> {
            if (!field.getValue().isEmpty()) {
                drafts.put(id, field.getValue());
            }
        });
        threads.removeAll();
        cards.clear();
        replies.clear();
        if (all.isEmpty()) {
            threads.add(new Span("No comments yet."));
        }
        all.forEach(thread -> threads.add(card(thread, drafts.getOrDefault(thread.comment().id(), ""))));
        if (focused != null) {
            focus(focused);
        }
    }

    /** Highlights the thread and scrolls it into view; nothing happens if there is no such thread. */
    void focus(UUID threadId) {
        Div card = cards.get(threadId);
        if (card == null) {
            return;
        }
        cards.values().forEach(other -> other.getElement().removeAttribute("focused"));
        card.getElement().setAttribute("focused", true);
        card.scrollIntoView();
        focused = threadId;
        TextField reply = replies.get(threadId);
        if (reply != null) {
            reply.focus();
        }
    }

    private Div card(CommentThread thread, String draft) {
        Div card = new Div();
        UUID id = thread.comment().id();
        cards.put(id, card);
        card.setId("comment-" + id);
        card.addClassName("tutti-comment");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "0.5rem").set("width", "100%").set("box-sizing", "border-box");
        if (thread.comment().resolved()) {
            card.getStyle().set("opacity", "0.6");
        }
        Span heading = new Span(thread.bars() + " · " + thread.authorName()
                + (thread.comment().resolved() ? " · resolved by " + thread.resolvedByName() : ""));
        heading.getStyle().set("font-weight", "600");
        card.add(heading, new Paragraph(thread.comment().body()));
        thread.replies().forEach(reply -> {
            Paragraph line = new Paragraph(reply.authorName() + ": " + reply.comment().body());
            line.getStyle().set("margin-left", "1rem");
            card.add(line);
        });
        if (!thread.comment().resolved()) {
            TextField answer = new TextField();
            answer.setPlaceholder("Reply");
            answer.setValue(draft);
            replies.put(id, answer);
            Button send = new Button("Reply", e -> {
                comments.reply(projectId, thread.comment().id(), answer.getValue());
                refresh();
            });
            Button resolve = new Button("Resolve", e -> {
                comments.resolve(projectId, thread.comment().id());
                refresh();
            });
            resolve.setVisible(canResolve);
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(new HorizontalLayout(answer, send, resolve));
        }
        return card;
    }
}
