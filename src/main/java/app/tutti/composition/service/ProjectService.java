package app.tutti.composition.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectCopied;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.ProjectRepository;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.TempoChangeRepository;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.domain.TrackRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import app.tutti.sharing.service.PublicLinkService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, changes, duplicates and deletes projects for the signed-in user. Every method
 * checks the user's role in the project through {@link ProjectAccess} before it reads or writes.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final TrackRepository tracks;
    private final TempoChangeRepository tempoChanges;
    private final ProjectAccess access;
    private final PublicLinkService publicLinks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, TrackRepository tracks, TempoChangeRepository tempoChanges,
            ProjectAccess access, PublicLinkService publicLinks, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.tracks = tracks;
        this.tempoChanges = tempoChanges;
        this.access = access;
        this.publicLinks = publicLinks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new project with one piano track. */
    @Transactional
    public ProjectId create(ProjectDetails details) {
        return create(details, List.of(Track.firstPiano()));
    }

    /** A new project with the given tracks (e.g. from an imported file), owned by the current user. */
    @Transactional
    public ProjectId create(ProjectDetails details, List<Track> initialTracks) {
        return create(details, initialTracks, List.of());
    }

    /**
     * A new project with the given tracks and tempo changes after its start (the tempo at the start
     * is the one in {@code details}), owned by the current user.
     */
    @Transactional
    public ProjectId create(ProjectDetails details, List<Track> initialTracks, List<TempoPoint> laterTempos) {
        TempoMap tempoMap = TempoMap.of(details.tempoBpm(), laterTempos);
        UserId me = currentUser.require().userId();
        if (initialTracks.isEmpty() || initialTracks.size() > Track.MAX_TRACKS) {
            throw new InvalidInputException("A project needs 1 to " + Track.MAX_TRACKS + " tracks.");
        }
        Instant now = clock.instant();
        Project project = new Project(ProjectId.random(), details, Project.DEFAULT_TICKS_PER_QUARTER, 0, me, now, now,
                null);
        projects.insert(project);
        initialTracks.forEach(track -> tracks.insert(project.id(), track));
        tempoChanges.insertAll(project.id(), tempoMap.later());
        access.grantOwnership(project.id(), me);
        return project.id();
    }

    /** The user's projects whose title contains {@code search}, most recently edited first. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> listMine(String search) {
        Map<ProjectId, ProjectRole> roles = access.rolesOf(currentUser.require().userId());
        return projects.findByIdsMatching(roles.keySet(), search).stream()
                .map(project -> new ProjectSummary(project, roles.get(project.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ProjectSummary get(ProjectId id) {
        ProjectRole role = access.require(id, currentUser.require().userId(), ProjectRole.VIEWER);
        return new ProjectSummary(load(id), role);
    }

    /** The project behind a public read-only link, for anyone (signed in or not) who has the link. */
    @Transactional(readOnly = true)
    public PublicProject getByPublicLink(String token) {
        ProjectId id = publicLinks.resolve(token);
        Project project = load(id);
        return new PublicProject(project, tracks.findByProjectIdOrderByPosition(id),
                TempoMap.of(project.details().tempoBpm(), tempoChanges.findByProjectIdOrderByTick(id)));
    }

    @Transactional(readOnly = true)
    public List<Track> tracksOf(ProjectId id) {
        access.require(id, currentUser.require().userId(), ProjectRole.VIEWER);
        return tracks.findByProjectIdOrderByPosition(id);
    }

    /** The project's tempo over time: the tempo from its settings at tick 0, then its tempo changes. */
    @Transactional(readOnly = true)
    public TempoMap tempoMap(ProjectId id) {
        access.require(id, currentUser.require().userId(), ProjectRole.VIEWER);
        return TempoMap.of(load(id).details().tempoBpm(), tempoChanges.findByProjectIdOrderByTick(id));
    }

    @Transactional
    public void updateDetails(ProjectId id, ProjectDetails details) {
        access.require(id, currentUser.require().userId(), ProjectRole.EDITOR);
        projects.updateDetails(id, details, clock.instant());
    }

    @Transactional
    public void rename(ProjectId id, String title) {
        access.require(id, currentUser.require().userId(), ProjectRole.EDITOR);
        projects.updateDetails(id, load(id).details().withTitle(title), clock.instant());
    }

    /** Copies a project the user can see into a new project the user owns. */
    @Transactional
    public ProjectId duplicate(ProjectId sourceId) {
        Project source = get(sourceId).project();
        return duplicateAt(sourceId, source.headSeq(), copyTitle(source.title()));
    }

    /**
     * Copies a project the user can see, as it was at sequence number {@code seq}, into a new
     * project titled {@code title} that the user owns (a fork of an earlier version).
     */
    @Transactional
    public ProjectId duplicateAt(ProjectId sourceId, long seq, String title) {
        UserId me = currentUser.require().userId();
        access.require(sourceId, me, ProjectRole.VIEWER);
        Project source = load(sourceId);
        if (seq < 0 || seq > source.headSeq()) {
            throw new InvalidInputException("That point is not in the project's history.");
        }
        Instant now = clock.instant();
        Project copy = new Project(ProjectId.random(), source.details().withTitle(title), source.ticksPerQuarter(),
                seq, me, now, now, sourceId);
        projects.insert(copy);
        tracks.findByProjectIdOrderByPosition(sourceId).forEach(track -> tracks.insert(copy.id(), track));
        tempoChanges.insertAll(copy.id(), tempoChanges.findByProjectIdOrderByTick(sourceId));
        access.grantOwnership(copy.id(), me);
        events.publishEvent(new ProjectCopied(sourceId, copy.id(), seq));
        return copy.id();
    }

    @Transactional
    public void delete(ProjectId id) {
        access.require(id, currentUser.require().userId(), ProjectRole.OWNER);
        projects.delete(id);
    }

    private Project load(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("This project no longer exists."));
    }

    static String copyTitle(String title) {
        String copy = "Copy of " + title;
        return copy.length() <= ProjectDetails.MAX_TITLE_LENGTH ? copy
                : copy.substring(0, ProjectDetails.MAX_TITLE_LENGTH);
    }
}
