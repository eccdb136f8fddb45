package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.Locale;

/** RAISE (exec_stmt_raise): the message from its format and arguments, the USING options, the level. */
final class PlRaise {
    private PlRaise() {
    }

    static void raise(PlExecutor x, PlStatement.Raise r, PgException handling) {
        if (r.level() == null) {
            if (handling == null) {
                throw new PgException(SqlState.STACKED_DIAGNOSTICS_ACCESSED_WITHOUT_ACTIVE_HANDLER,
                        "RAISE without parameters cannot be used outside an exception handler");
            }
            throw handling;
        }
        String code = null;
        String message = null;
        if (r.condition() != null) {
            if (r.condition().startsWith("sqlstate:")) {
                code = r.condition().substring(9);
                message = code;
            } else {
                code = Conditions.code(r.condition());
                if (code == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized exception condition \""
                            + r.condition() + "\"");
                }
                message = r.condition();
            }
        }
        boolean messageGiven = false;
        if (r.format() != null) {
            message = format(x, r);
            messageGiven = true;
        }
        String detail = null;
        String hint = null;
        String column = null;
        String constraint = null;
        String table = null;
        String schema = null;
        for (int i = 0; i < r.optionNames().size(); i++) {
            String option = r.optionNames().get(i);
            Object v = x.sql.evaluate(r.optionValues().get(i), null);
            if (v == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                        "RAISE statement option cannot be null");
            }
            String value = PlValues.text(v, x.sql.lastType);
            switch (option) {
                case "errcode" -> {
                    if (code != null && r.condition() != null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "RAISE option already specified: ERRCODE");
                    }
                    code = sqlstate(value);
                }
                case "message" -> {
                    if (messageGiven) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "RAISE option already specified: MESSAGE");
                    }
                    messageGiven = true;
                    message = value;
                }
                case "detail" -> detail = value;
                case "hint" -> hint = value;
                case "column" -> column = value;
                case "constraint" -> constraint = value;
                case "table" -> table = value;
                case "schema" -> schema = value;
                case "datatype" -> {
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized RAISE statement option \""
                        + option + "\"");
            }
        }
        boolean error = r.level().equals("exception");
        if (code == null) {
            code = error ? SqlState.RAISE_EXCEPTION.code() : null;
        }
        if (message == null) {
            message = code != null ? code : "";
        }
        SqlState state = code == null ? SqlState.SUCCESSFUL_COMPLETION : SqlState.byCode(code);
        PgException e = new PgException(state == null ? SqlState.RAISE_EXCEPTION : state, message);
        if (code != null && state == null) {
            e.withCode(code);
        }
        e.withDetail(detail).withHint(hint);
        if (column != null) {
            e.withColumn(column);
        }
        if (constraint != null) {
            e.withConstraint(constraint);
        }
        if (table != null || schema != null) {
            e.withTable(schema, table);
        }
        if (error) {
            throw e;
        }
        e.withSeverity(r.level().toUpperCase(Locale.ROOT));
        if (r.level().equals("debug") || r.level().equals("log")) {
            return; // below client_min_messages' default; the server log is not kept
        }
        SessionServices services = PlExecutor.session(x.exec);
        if (services != null) {
            x.contextLine(e, r);
            services.notice(e);
        }
    }

    /** An ERRCODE option: five characters, or a condition name. */
    private static String sqlstate(String value) {
        if (value.length() == 5 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
            return value;
        }
        String code = Conditions.code(value.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized exception condition \"" + value + "\"");
        }
        return code;
    }

    private static String format(PlExecutor x, PlStatement.Raise r) {
        String f = r.format();
        StringBuilder out = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '%') {
                if (i + 1 < f.length() && f.charAt(i + 1) == '%') {
                    out.append('%');
                    i++;
                    continue;
                }
                if (arg >= r.arguments().size()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "too few parameters specified for RAISE");
                }
                Object v = x.sql.evaluate(r.arguments().get(arg++), null);
                DataType t = x.sql.lastType;
                out.append(PlValues.text(v, t == null ? DataType.of(Types.TEXT) : t));
            } else {
                out.append(c);
            }
        }
        if (arg < r.arguments().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many parameters specified for RAISE");
        }
        return out.toString();
    }
}
