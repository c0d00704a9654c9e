package app.tutti.composition.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.MidiChannels;
import app.tutti.composition.domain.Track;
import app.tutti.composition.domain.TrackRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and removes a project's tracks; editors may, viewers may not. */
@Service
public class TrackService {

    private final TrackRepository tracks;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    TrackService(TrackRepository tracks, ProjectAccess access, CurrentUser currentUser) {
        this.tracks = tracks;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Transactional
    public Track add(ProjectId projectId, String name, int program) {
        List<Track> existing = requireEditor(projectId);
        if (existing.size() >= Track.MAX_TRACKS) {
            throw new InvalidInputException("A project can have at most " + Track.MAX_TRACKS + " tracks.");
        }
        int position = existing.stream().mapToInt(Track::position).max().orElse(-1) + 1;
        Track track = Track.of(position, name.strip(), program, MidiChannels.nextFree(existing));
        tracks.insert(projectId, track);
        return track;
    }

    /** Saves a track's name, colour, instrument, volume, mute and solo. */
    @Transactional
    public void update(ProjectId projectId, Track changed) {
        Track current = find(requireEditor(projectId), changed.id());
        tracks.update(projectId, current.withSettings(changed.name(), changed.program(), changed.volume(),
                changed.muted(), changed.solo()).withColor(changed.color()));
    }

    /**
     * Removes a track row; the caller first deletes its notes through the operation log, in the
     * same transaction (see the editor's track removal), so history stays complete.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(ProjectId projectId, UUID trackId) {
        List<Track> existing = requireEditor(projectId);
        find(existing, trackId);
        if (existing.size() == 1) {
            throw new InvalidInputException("A project needs at least one track.");
        }
        tracks.delete(projectId, trackId);
    }

    private List<Track> requireEditor(ProjectId projectId) {
        access.require(projectId, currentUser.require().userId(), ProjectRole.EDITOR);
        return tracks.findByProjectIdOrderByPosition(projectId);
    }

    private static Track find(List<Track> existing, UUID trackId) {
        return existing.stream().filter(t -> t.id().equals(trackId)).findFirst()
                .orElseThrow(() -> new NotFoundException("That track no longer exists."));
    }
}
