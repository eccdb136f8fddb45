package io.pglitedb.session;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import java.util.List;

/**
 * SET ROLE and SET SESSION AUTHORIZATION (the GUCs role and session_authorization) with
 * PostgreSQL's checks (variable.c): a role may be set by a session user that is a member of it
 * (superusers: any); the session authorization may be changed only by a session that logged in as
 * a superuser. Setting the session authorization also resets the role. Neither is reset by RESET ALL.
 */
final class Identity {
    private Identity() {
    }

    /** check_role: @return the role to become, or "none" */
    static String checkRole(CatalogView view, String name, String sessionUser) {
        if (name.equals("none")) {
            return name;
        }
        RoleDescriptor role = existing(view, name);
        RoleDescriptor session = view.role(sessionUser);
        if (session == null || !new Authorization(view).isMemberOf(session.oid(), role.oid())) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to set role \"%s\"", name);
        }
        return role.name();
    }

    /** check_session_authorization: @return the role to become the session user */
    static String checkSessionAuthorization(CatalogView view, String name, boolean loginSuperuser, String loginUser) {
        RoleDescriptor role = existing(view, name);
        if (!loginSuperuser && !role.name().equals(loginUser)) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to set session authorization");
        }
        return role.name();
    }

    private static RoleDescriptor existing(CatalogView view, String name) {
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "role \"%s\" does not exist", name);
        }
        return role;
    }

    /** SET/RESET role or session_authorization in {@code session}; values empty = RESET / DEFAULT. */
    static void set(Session session, Settings settings, CatalogView view, String name, List<String> values,
            boolean local) {
        if (name.equals("role")) {
            String value = values.isEmpty() ? "none" : checkRole(view, values.get(0), session.sessionUser());
            session.settingChanged("role", settings.put("role", value), local);
        } else {
            String value = checkSessionAuthorization(view, values.isEmpty() ? session.user() : values.get(0),
                    session.loginSuperuser(), session.user());
            session.settingChanged("session_authorization", settings.put("session_authorization", value), local);
            session.settingChanged("role", settings.put("role", "none"), local);
        }
        session.refreshIdentity(view);
    }
}
