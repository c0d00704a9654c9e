package app.tutti.classroom.domain;

import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Classes and their members. */
@Repository
public class ClassroomRepository {

    private final JdbcClient jdbc;

    ClassroomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Classroom c) {
        jdbc.sql("""
                INSERT INTO classroom (id, name, join_code, join_open, archived, created_by, created_at)
                VALUES (:id, :name, :code, :open, :archived, :by, :at)""")
                .param("id", c.id().value()).param("name", c.name()).param("code", c.joinCode().value())
                .param("open", c.joinOpen()).param("archived", c.archived()).param("by", c.createdBy().value())
                .param("at", Timestamp.from(c.createdAt()))
                .update();
    }

    public Optional<Classroom> findById(ClassId id) {
        return jdbc.sql("SELECT * FROM classroom WHERE id = :id").param("id", id.value()).query(this::map).optional();
    }

    public Optional<Classroom> findByJoinCode(JoinCode code) {
        return jdbc.sql("SELECT * FROM classroom WHERE join_code = :code").param("code", code.value())
                .query(this::map).optional();
    }

    public boolean existsByJoinCode(JoinCode code) {
        return jdbc.sql("SELECT COUNT(*) FROM classroom WHERE join_code = :code").param("code", code.value())
                .query(Integer.class).single() > 0;
    }

    /** The classes the user is in, newest first. */
    public List<Classroom> findByMember(UserId user) {
        return jdbc.sql("""
                SELECT c.* FROM classroom c JOIN class_member m ON m.class_id = c.id
                WHERE m.user_id = :user ORDER BY c.created_at DESC""")
                .param("user", user.value()).query(this::map).list();
    }

    public void updateJoinCode(ClassId id, JoinCode code, boolean open) {
        jdbc.sql("UPDATE classroom SET join_code = :code, join_open = :open WHERE id = :id")
                .param("id", id.value()).param("code", code.value()).param("open", open).update();
    }

    public void updateArchived(ClassId id, boolean archived) {
        jdbc.sql("UPDATE classroom SET archived = :archived WHERE id = :id")
                .param("id", id.value()).param("archived", archived).update();
    }

    public void updateSpotlight(ClassId id, @Nullable WorkId work) {
        jdbc.sql("UPDATE classroom SET spotlight_work_id = :work WHERE id = :id")
                .param("id", id.value()).param("work", work == null ? null : work.value()).update();
    }

    public void insertMember(ClassId id, UserId user, ClassRole role, Instant at) {
        jdbc.sql("INSERT INTO class_member (class_id, user_id, role, joined_at) VALUES (:id, :user, :role, :at)")
                .param("id", id.value()).param("user", user.value()).param("role", role.name())
                .param("at", Timestamp.from(at)).update();
    }

    public void deleteMember(ClassId id, UserId user) {
        jdbc.sql("DELETE FROM class_member WHERE class_id = :id AND user_id = :user")
                .param("id", id.value()).param("user", user.value()).update();
    }

    public Optional<ClassRole> findRole(ClassId id, UserId user) {
        return jdbc.sql("SELECT role FROM class_member WHERE class_id = :id AND user_id = :user")
                .param("id", id.value()).param("user", user.value())
                .query((rs, row) -> ClassRole.valueOf(rs.getString("role"))).optional();
    }

    /** Teachers first, then students, each in joining order. */
    public List<ClassMember> findMembers(ClassId id) {
        return jdbc.sql("""
                SELECT user_id, role, joined_at FROM class_member WHERE class_id = :id
                ORDER BY CASE role WHEN 'STUDENT' THEN 1 ELSE 0 END, joined_at""")
                .param("id", id.value())
                .query((rs, row) -> new ClassMember(new UserId(rs.getObject("user_id", UUID.class)),
                        ClassRole.valueOf(rs.getString("role")), rs.getTimestamp("joined_at").toInstant()))
                .list();
    }

    private Classroom map(ResultSet rs, int row) throws SQLException {
        UUID spotlight = rs.getObject("spotlight_work_id", UUID.class);
        return new Classroom(new ClassId(rs.getObject("id", UUID.class)), rs.getString("name"),
                new JoinCode(rs.getString("join_code")), rs.getBoolean("join_open"), rs.getBoolean("archived"),
                spotlight == null ? null : new WorkId(spotlight), new UserId(rs.getObject("created_by", UUID.class)),
                rs.getTimestamp("created_at").toInstant());
    }
}
