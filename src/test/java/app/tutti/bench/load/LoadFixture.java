package app.tutti.bench.load;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Accounts and shared projects for a load run, made inside the node through the app's own
 * services (registration, project creation, sharing), so the run itself only measures editing.
 * Every account has the password {@link TestUsers#PASSWORD}.
 */
public final class LoadFixture {

    /** One project: its id, its editors (the first one owns it) and its viewers, by username. */
    public record Cast(String projectId, List<String> editors, List<String> viewers) {

        /** The line {@link LoadNode} prints for it: {@code CAST <project> <editor,...> <viewer,...|->}. */
        String line() {
            return "CAST " + projectId + " " + String.join(",", editors) + " "
                    + (viewers.isEmpty() ? "-" : String.join(",", viewers));
        }

        static Cast parse(String line) {
            String[] parts = line.split(" ");
            return new Cast(parts[1], List.of(parts[2].split(",")),
                    parts[3].equals("-") ? List.of() : List.of(parts[3].split(",")));
        }
    }

    private LoadFixture() {
    }

    /** {@code projects} new projects, each shared with {@code editors - 1} more editors and {@code viewers} viewers. */
    public static List<Cast> prepare(ApplicationContext app, int projects, int editors, int viewers) {
        TestUsers users = app.getBean(TestUsers.class);
        ProjectService projectService = app.getBean(ProjectService.class);
        SharingService sharing = app.getBean(SharingService.class);
        List<Cast> casts = new ArrayList<>();
        try {
            for (int p = 0; p < projects; p++) {
                List<String> editorNames = new ArrayList<>();
                List<String> viewerNames = new ArrayList<>();
                for (int e = 0; e < editors; e++) {
                    editorNames.add(users.register("editor"));
                }
                for (int v = 0; v < viewers; v++) {
                    viewerNames.add(users.register("viewer"));
                }
                users.logIn(editorNames.getFirst());
                ProjectId project = projectService.create(ProjectDetails.untitled());
                editorNames.stream().skip(1).forEach(name -> sharing.add(project, name, ProjectRole.EDITOR));
                viewerNames.forEach(name -> sharing.add(project, name, ProjectRole.VIEWER));
                casts.add(new Cast(project.toString(), editorNames, viewerNames));
            }
        } finally {
            users.logOut();
        }
        return casts;
    }
}
