package io.pglitedb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * max_connections with the superuser-reserved slots, and a role's CONNECTION LIMIT: FATAL 53300
 * with PostgreSQL 15's texts, and a slot is free again once its session closes.
 */
class ConnectionLimitsTest {
    private static Session open(Database database, String user) {
        return database.openSession(Map.of("user", user, "database", "postgres"));
    }

    private static String state(Throwable e) {
        return ((PgException) e).state().code() + " " + ((PgException) e).severity();
    }

    @Test
    void maxConnectionsKeepsTheLastSlotsForSuperusers() {
        try (Database database = Database.openInMemory()) {
            database.setMaxConnections(5);
            List<Session> open = new ArrayList<>();
            Session admin = open(database, "postgres");
            open.add(admin);
            admin.simpleQuery("CREATE ROLE app LOGIN", new CollectingSink());
            open.add(open(database, "app"));
            assertThatThrownBy(() -> open(database, "app"))
                    .hasMessage("remaining connection slots are reserved for non-replication superuser connections")
                    .extracting(ConnectionLimitsTest::state).isEqualTo("53300 FATAL");
            open.add(open(database, "postgres"));
            open.add(open(database, "postgres"));
            open.add(open(database, "postgres"));
            assertThatThrownBy(() -> open(database, "postgres")).hasMessage("sorry, too many clients already")
                    .extracting(ConnectionLimitsTest::state).isEqualTo("53300 FATAL");
            CollectingSink shown = new CollectingSink();
            admin.simpleQuery("SHOW max_connections", shown);
            assertThat(shown.rows).containsExactly(List.of("5"));
            open.remove(open.size() - 1).close();
            open.add(open(database, "postgres"));
            for (Session s : open) {
                s.close();
            }
        }
    }

    @Test
    void roleConnectionLimit() {
        try (Database database = Database.openInMemory()) {
            Session admin = open(database, "postgres");
            admin.simpleQuery("CREATE ROLE limited LOGIN CONNECTION LIMIT 1", new CollectingSink());
            Session first = open(database, "limited");
            assertThatThrownBy(() -> open(database, "limited")).hasMessage("too many connections for role \"limited\"")
                    .extracting(ConnectionLimitsTest::state).isEqualTo("53300 FATAL");
            first.close();
            open(database, "limited").close();
            admin.close();
        }
    }
}
