package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import java.sql.SQLWarning;

/** A NOTICE or WARNING from the engine, as pgJDBC reports it (message without the severity prefix). */
final class PgLiteWarning extends SQLWarning {
    private static final long serialVersionUID = 1L;

    PgLiteWarning(PgException notice) {
        super(notice.getMessage(), notice.code());
    }
}
