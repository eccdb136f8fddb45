package io.pglitedb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.security.Authorization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership, GRANT/REVOKE and role membership through the Session API; messages and SQLSTATEs
 * are PostgreSQL 15's (checked against it: compat/privileges.sql covers the same ground in psql).
 */
class PrivilegesTest {
    @TempDir
    Path directory;

    private static List<List<String>> run(Session session, String sql) {
        CollectingSink sink = new CollectingSink();
        session.simpleQuery(sql, sink);
        return sink.rows;
    }

    private static Session open(Database database, String user) {
        return database.openSession(Map.of("user", user, "database", "postgres"));
    }

    @Test
    void privilegesOwnersAndMembershipsSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session admin = open(database, "postgres");
            run(admin, "CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE readers");
            run(admin, "GRANT readers TO bob WITH ADMIN OPTION");
            run(admin, "CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance int)");
            run(admin, "INSERT INTO accounts VALUES (1, 'a', 10)");
            run(admin, "ALTER TABLE accounts OWNER TO alice");
            run(admin, "GRANT SELECT (id, balance) ON accounts TO readers");
            admin.close();
        }
        try (Database database = Database.open(directory)) {
            Session bob = open(database, "bob");
            assertThat(run(bob, "SELECT id, balance FROM accounts")).containsExactly(List.of("1", "10"));
            assertThatThrownBy(() -> run(bob, "SELECT owner FROM accounts"))
                    .isInstanceOf(PgException.class).hasMessage("permission denied for table accounts")
                    .extracting(e -> ((PgException) e).state().code()).isEqualTo("42501");
            assertThatThrownBy(() -> run(bob, "DROP TABLE accounts")).hasMessage("must be owner of table accounts");
            Session alice = open(database, "alice");
            run(alice, "DROP TABLE accounts"); // the owner may
            assertThat(run(bob, "SELECT pg_has_role('readers', 'MEMBER WITH ADMIN OPTION')"))
                    .containsExactly(List.of("t"));
            bob.close();
            alice.close();
        }
    }

    @Test
    void preparedStatementIsCheckedAgainAfterRevokeAndSetRole() {
        try (Database database = Database.openInMemory()) {
            Session admin = open(database, "postgres");
            run(admin, "CREATE ROLE carol LOGIN; CREATE TABLE t (x int); INSERT INTO t VALUES (7)");
            run(admin, "GRANT SELECT ON t TO carol");
            Session carol = open(database, "carol");
            carol.parse("q", "SELECT x, current_user FROM t", new int[0]);
            carol.bind("", "q", new Object[0], null);
            CollectingSink first = new CollectingSink();
            first.columns(carol.describePortal(""));
            carol.execute("", 0, first);
            carol.sync();
            assertThat(first.rows).containsExactly(List.of("7", "carol"));
            run(admin, "REVOKE SELECT ON t FROM carol");
            assertThatThrownBy(() -> carol.bind("", "q", new Object[0], null))
                    .hasMessage("permission denied for table t");
            carol.sync();
            // a superuser's prepared statement follows SET ROLE
            run(admin, "GRANT carol TO postgres");
            admin.parse("p", "SELECT current_user, session_user", new int[0]);
            run(admin, "SET ROLE carol");
            admin.bind("", "p", new Object[0], null);
            CollectingSink who = new CollectingSink();
            who.columns(admin.describePortal(""));
            admin.execute("", 0, who);
            admin.sync();
            assertThat(who.rows).containsExactly(List.of("carol", "postgres"));
            assertThatThrownBy(() -> run(admin, "SELECT * FROM t")).hasMessage("permission denied for table t");
            run(admin, "RESET ROLE");
            assertThat(run(admin, "SELECT x FROM t")).containsExactly(List.of("7"));
        }
    }

    @Test
    void startupCannotClaimAnotherRole() {
        try (Database database = Database.openInMemory()) {
            Session admin = open(database, "postgres");
            run(admin, "CREATE ROLE mallory LOGIN");
            assertThatThrownBy(() -> database.openSession(Map.of("user", "mallory", "database", "postgres", "role", "postgres")))
                    .hasMessage("permission denied to set role \"postgres\"");
            assertThatThrownBy(() -> database.openSession(Map.of("user", "mallory", "database", "postgres", "options",
                    "-c session_authorization=postgres")))
                    .hasMessage("permission denied to set session authorization");
            Session mallory = open(database, "mallory");
            assertThat(run(mallory, "SHOW is_superuser")).containsExactly(List.of("off"));
            assertThatThrownBy(() -> run(mallory, "SET SESSION AUTHORIZATION postgres"))
                    .hasMessage("permission denied to set session authorization");
        }
    }

    @Test
    void aclTextAndChecksFollowPostgresRules() {
        try (Database database = Database.openInMemory()) {
            Session admin = open(database, "postgres");
            run(admin, "CREATE ROLE \"Dave\"; CREATE ROLE erin NOINHERIT; CREATE TABLE t (a int, b int)");
            run(admin, "GRANT SELECT, UPDATE ON t TO \"Dave\" WITH GRANT OPTION; GRANT INSERT ON t TO PUBLIC");
            run(admin, "GRANT \"Dave\" TO erin");
            io.pglitedb.catalog.CatalogView view = new io.pglitedb.catalog.CatalogView(database.catalog(io.pglitedb.catalog.DatabaseDescriptor.POSTGRES_OID));
            TableDescriptor t = view.table("public", "t");
            Authorization auth = new Authorization(view);
            ObjectAcl acl = auth.tableAcl(t.oid());
            assertThat(auth.aclText(acl.acl())).isEqualTo("{postgres=arwdDxt/postgres,Dave=r*w*/postgres,=a/postgres}");
            int dave = view.role("Dave").oid();
            int erin = view.role("erin").oid();
            assertThat(auth.hasTablePrivilege(dave, t, Privileges.SELECT | Privileges.UPDATE)).isTrue();
            assertThat(auth.hasTablePrivilege(erin, t, Privileges.SELECT)).isFalse(); // NOINHERIT
            assertThat(auth.hasTablePrivilege(erin, t, Privileges.INSERT)).isTrue(); // PUBLIC
            assertThat(auth.isMemberOf(erin, dave)).isTrue();
            assertThat(acl.acl()).contains(new AclItem(AclItem.PUBLIC, 10, Privileges.INSERT, 0));
        }
    }

    @Test
    void connectAndSchemaPrivilegesAreCheckedAndSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session admin = open(database, "postgres");
            run(admin, "CREATE ROLE carol LOGIN");
            run(admin, "CREATE DATABASE shop");
            run(admin, "REVOKE CONNECT ON DATABASE shop FROM PUBLIC");
            assertThatThrownBy(() -> database.openSession(Map.of("user", "carol", "database", "shop")))
                    .isInstanceOf(PgException.class).hasMessage("permission denied for database \"shop\"")
                    .satisfies(e -> {
                        assertThat(((PgException) e).state().code()).isEqualTo("42501");
                        assertThat(((PgException) e).detail()).isEqualTo("User does not have CONNECT privilege.");
                    });
            run(admin, "GRANT CONNECT ON DATABASE shop TO carol");
            run(admin, "CREATE SCHEMA inventory; CREATE TABLE inventory.items (id int)");
            run(admin, "GRANT USAGE ON SCHEMA inventory TO carol; GRANT SELECT ON inventory.items TO carol");
            admin.close();
        }
        try (Database database = Database.open(directory)) {
            Session carol = database.openSession(Map.of("user", "carol", "database", "shop"));
            carol.close();
            Session inPostgres = open(database, "carol");
            assertThat(run(inPostgres, "SELECT count(*) FROM inventory.items")).containsExactly(List.of("0"));
            assertThatThrownBy(() -> run(inPostgres, "CREATE TABLE inventory.more (id int)"))
                    .hasMessage("permission denied for schema inventory");
            assertThatThrownBy(() -> run(inPostgres, "CREATE TABLE mine (id int)"))
                    .hasMessage("permission denied for schema public");
            Session admin = open(database, "postgres");
            run(admin, "REVOKE USAGE ON SCHEMA inventory FROM carol");
            assertThatThrownBy(() -> run(inPostgres, "SELECT count(*) FROM inventory.items"))
                    .hasMessage("permission denied for schema inventory");
            inPostgres.close();
            admin.close();
        }
    }
}
