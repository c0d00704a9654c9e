package app.tutti;

import app.tutti.ai.service.AiWorkerNode;
import app.tutti.ai.train.EvaluateCommand;
import app.tutti.ai.train.IndexCommand;
import app.tutti.ai.train.TrainCommand;
import app.tutti.ai.train.TrainingCurve;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Tutti", shortName = "Tutti")
public class TuttiApplication implements AppShellConfigurator {

    /**
     * Starts the web app; {@code train}, {@code eval}, {@code index} and {@code plot} run the model
     * commands instead (no server), and {@code --tutti.role=ai-worker} starts an AI-worker node (no
     * web server, no UI).
     */
    public static void main(String[] args) throws Exception {
        // Tutti ships its model and the PyTorch native library; DJL must never try to download either.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (args.length > 0 && args[0].equals("train")) {
            TrainCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("eval")) {
            EvaluateCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("index")) {
            IndexCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("plot")) {
            TrainingCurve.run(args);
            return;
        }
        SpringApplication application = new SpringApplication(TuttiApplication.class);
        if (AiWorkerNode.requested(args)) {
            AiWorkerNode.configure(application);
        }
        application.run(args);
    }
}
