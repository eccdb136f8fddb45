package io.pglitedb.sql.ast;

/**
 * One option of CREATE/ALTER ROLE, as gram.y's CreateOptRoleElem names them: "superuser",
 * "createdb", "createrole", "inherit", "canlogin", "isreplication", "bypassrls" (value Boolean),
 * "connectionlimit" (Integer), "password" (String, null for PASSWORD NULL), "validUntil"
 * (String), "sysid" (Integer), "addroleto", "rolemembers", "adminmembers" (List of names).
 *
 * @param position 0-based offset of the option in the statement text (for errors)
 */
public record RoleOption(String name, Object value, int position) {
}
