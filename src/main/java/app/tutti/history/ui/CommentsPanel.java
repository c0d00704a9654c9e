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

/**
 * Comment threads beside the roll (a non-modal panel, so the roll stays usable): comment on a
 * bar range, reply, and (editors) resolve. Open threads come first.
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
        getElement().getStyle().set("position", "absolute").set("right", "0");
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
        threads.removeAll();
        var all = comments.threads(projectId);
        if (all.isEmpty()) {
            threads.add(new Span("No comments yet."));
        }
        all.forEach(thread -> threads.add(card(thread)));
    }

    private Div card(CommentThread thread) {
        Div card = new Div();
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
