package app.tutti.account.domain;

import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UserAccount account) {
        jdbc.sql("""
                INSERT INTO user_account (id, username, display_name, password_hash, created_at)
                VALUES (:id, :username, :displayName, :passwordHash, :createdAt)""")
                .param("id", account.id().value())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("passwordHash", account.passwordHash())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .update();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM user_account WHERE username = :username")
                .param("username", username)
                .query(UserAccountRepository::map)
                .optional();
    }

    public Optional<UserAccount> findById(UserId id) {
        return jdbc.sql("SELECT * FROM user_account WHERE id = :id")
                .param("id", id.value())
                .query(UserAccountRepository::map)
                .optional();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single() > 0;
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("password_hash"),
                rs.getTimestamp("created_at").toInstant());
    }
}
