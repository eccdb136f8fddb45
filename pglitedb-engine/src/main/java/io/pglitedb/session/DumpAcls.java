package io.pglitedb.session;

import static io.pglitedb.session.SqlDump.ident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * GRANT and REVOKE statements that turn an object's default privileges into its ACL, as
 * pg_dump's buildACLCommands does: items of the default ACL that are gone are revoked (REVOKE
 * ALL ... FROM grantee), items that are new are granted, privileges with grant option
 * separately; an item granted by another role than the owner is granted under SET SESSION
 * AUTHORIZATION of that role.
 */
final class DumpAcls {
    private DumpAcls() {
    }

    /** One aclitem: grantee ("" = PUBLIC), privilege letters (with * after grantable ones), grantor. */
    record Item(String grantee, String privileges, String grantor) {
        @Override
        public String toString() {
            return grantee + "=" + privileges + "/" + grantor;
        }
    }

    /**
     * The statements for one object.
     *
     * @param type TABLE, SEQUENCE, SCHEMA, FUNCTION or PROCEDURE (how GRANT names the object)
     * @param target the object as GRANT names it ({@code public.t}, {@code public.f(integer)})
     * @param column the column for a column privilege, or null
     * @param acl the ACL as aclitem[]'s text ({@code {a=r/b,...}})
     * @param defaults the default ACL's items (acldefault), empty for columns
     * @param owner the object's owner
     */
    static List<String> commands(String type, String target, String column, String acl, List<Item> defaults,
            String owner) {
        List<Item> current = parseArray(acl);
        Set<String> now = new LinkedHashSet<>();
        current.forEach(i -> now.add(i.toString()));
        Set<String> before = new LinkedHashSet<>();
        defaults.forEach(i -> before.add(i.toString()));
        List<String> out = new ArrayList<>();
        for (Item item : defaults) {
            if (!now.contains(item.toString())) {
                out.add("REVOKE ALL" + (column == null ? "" : "(" + ident(column) + ")") + " ON " + type + " " + target
                        + " FROM " + grantee(item.grantee()) + ";");
            }
        }
        for (Item item : current) {
            if (before.contains(item.toString())) {
                continue;
            }
            List<String> plain = new ArrayList<>();
            List<String> grantable = new ArrayList<>();
            privileges(type, item.privileges(), column, plain, grantable);
            boolean otherGrantor = !item.grantor().equals(owner) && !item.grantor().isEmpty();
            if (otherGrantor) {
                out.add("SET SESSION AUTHORIZATION " + ident(item.grantor()) + ";");
            }
            if (!plain.isEmpty()) {
                out.add("GRANT " + String.join(",", plain) + " ON " + type + " " + target + " TO "
                        + grantee(item.grantee()) + ";");
            }
            if (!grantable.isEmpty()) {
                out.add("GRANT " + String.join(",", grantable) + " ON " + type + " " + target + " TO "
                        + grantee(item.grantee()) + " WITH GRANT OPTION;");
            }
            if (otherGrantor) {
                out.add("RESET SESSION AUTHORIZATION;");
            }
        }
        return out;
    }

    private static String grantee(String name) {
        return name.isEmpty() ? "PUBLIC" : ident(name);
    }

    /** pg_dump's privilege order per object type; ALL when every privilege of the type is there. */
    private static void privileges(String type, String letters, String column, List<String> plain,
            List<String> grantable) {
        String[][] names = switch (type) {
            case "SEQUENCE" -> new String[][] {{"r", "SELECT"}, {"U", "USAGE"}, {"w", "UPDATE"}};
            case "FUNCTION", "PROCEDURE" -> new String[][] {{"X", "EXECUTE"}};
            case "SCHEMA" -> new String[][] {{"C", "CREATE"}, {"U", "USAGE"}};
            default -> column != null
                    ? new String[][] {{"r", "SELECT"}, {"a", "INSERT"}, {"x", "REFERENCES"}, {"w", "UPDATE"}}
                    : new String[][] {{"r", "SELECT"}, {"a", "INSERT"}, {"x", "REFERENCES"}, {"d", "DELETE"},
                            {"t", "TRIGGER"}, {"D", "TRUNCATE"}, {"w", "UPDATE"}};
        };
        String suffix = column == null ? "" : "(" + ident(column) + ")";
        int all = 0;
        int allGrantable = 0;
        for (String[] n : names) {
            int at = letters.indexOf(n[0]);
            if (at < 0) {
                continue;
            }
            boolean withOption = at + 1 < letters.length() && letters.charAt(at + 1) == '*';
            if (withOption) {
                grantable.add(n[1] + suffix);
                allGrantable++;
            } else {
                plain.add(n[1] + suffix);
            }
            all++;
        }
        if (column == null && all == names.length) {
            if (allGrantable == names.length) {
                grantable.clear();
                grantable.add("ALL");
            } else if (allGrantable == 0) {
                plain.clear();
                plain.add("ALL");
            }
        }
    }

    /** aclitem[]'s text form: {@code {a=r/b,"\"x y\"=r/b"}}. */
    static List<Item> parseArray(String text) {
        List<Item> out = new ArrayList<>();
        if (text == null || text.length() < 2) {
            return out;
        }
        String body = text.substring(1, text.length() - 1);
        int i = 0;
        while (i < body.length()) {
            StringBuilder element = new StringBuilder();
            if (body.charAt(i) == '"') {
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                        i++;
                    }
                    element.append(body.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    element.append(body.charAt(i++));
                }
            }
            out.add(parseItem(element.toString()));
            i++; // comma
        }
        return out;
    }

    /** One aclitem's text: {@code grantee=privs/grantor}, names double-quoted when needed. */
    static Item parseItem(String text) {
        int[] at = {0};
        String grantee = role(text, at);
        at[0]++; // '='
        int slash = text.indexOf('/', at[0]);
        String privileges = text.substring(at[0], slash);
        at[0] = slash + 1;
        String grantor = role(text, at);
        return new Item(grantee, privileges, grantor);
    }

    private static String role(String text, int[] at) {
        StringBuilder name = new StringBuilder();
        int i = at[0];
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        name.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                name.append(ch);
                i++;
            }
        } else {
            while (i < text.length() && text.charAt(i) != '=' && text.charAt(i) != '/') {
                name.append(text.charAt(i++));
            }
        }
        at[0] = i;
        return name.toString();
    }

    /** acldefault for an object type and owner. */
    static List<Item> defaults(String type, String owner) {
        return switch (type) {
            case "SEQUENCE" -> List.of(new Item(owner, "rwU", owner));
            case "FUNCTION", "PROCEDURE" -> List.of(new Item("", "X", owner), new Item(owner, "X", owner));
            case "SCHEMA" -> List.of(new Item(owner, "UC", owner));
            default -> List.of(new Item(owner, "arwdDxt", owner));
        };
    }
}
