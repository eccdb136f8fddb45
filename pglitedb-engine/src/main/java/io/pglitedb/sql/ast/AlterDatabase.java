package io.pglitedb.sql.ast;

import java.util.List;

/** ALTER DATABASE name RENAME TO newName | OWNER TO newOwner | [WITH] options. */
public record AlterDatabase(String name, String newName, String newOwner, List<DatabaseOption> options)
        implements Statement {
    public AlterDatabase {
        options = List.copyOf(options);
    }
}
