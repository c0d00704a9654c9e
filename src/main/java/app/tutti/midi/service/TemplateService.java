package app.tutti.midi.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.midi.domain.Template;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists the templates and starts a new project of the current user from one. */
@Service
public class TemplateService {

    private final TemplateCatalog catalog;
    private final ProjectMidiImport projectImport;

    TemplateService(TemplateCatalog catalog, ProjectMidiImport projectImport) {
        this.catalog = catalog;
        this.projectImport = projectImport;
    }

    public List<Template> templates() {
        return catalog.available();
    }

    /** Where the corpus is expected, for the message shown when no template is available. */
    public String corpusLocation() {
        return catalog.dataDir().toAbsolutePath().normalize().toString();
    }

    @Transactional
    public ProjectId startFrom(String templateId) {
        Template template = catalog.template(templateId);
        return projectImport.createProject(template.title(), catalog.song(templateId));
    }
}
