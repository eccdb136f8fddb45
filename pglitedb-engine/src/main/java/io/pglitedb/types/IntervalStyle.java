package io.pglitedb.types;

import java.util.Locale;

/**
 * The IntervalStyle setting, which decides interval's text output. The session sets the current
 * style for its thread before it runs and formats a statement ({@link #use}); code that formats
 * outside a session gets PostgreSQL's default, {@code postgres}.
 */
public enum IntervalStyle {
    POSTGRES, POSTGRES_VERBOSE, SQL_STANDARD, ISO_8601;

    private static final ThreadLocal<IntervalStyle> CURRENT = new ThreadLocal<>();

    /** The style of the session running on this thread. */
    public static IntervalStyle current() {
        IntervalStyle s = CURRENT.get();
        return s == null ? POSTGRES : s;
    }

    /** Makes the setting's value ("postgres", "iso_8601" ...) the style of this thread. */
    public static void use(String setting) {
        CURRENT.set(setting == null ? POSTGRES : of(setting));
    }

    /** Makes {@code style} (already resolved by the session) the style of this thread. */
    public static void set(IntervalStyle style) {
        CURRENT.set(style);
    }

    /** @return the style for a setting value, or null when it names none */
    public static IntervalStyle of(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "postgres" -> POSTGRES;
            case "postgres_verbose" -> POSTGRES_VERBOSE;
            case "sql_standard" -> SQL_STANDARD;
            case "iso_8601" -> ISO_8601;
            default -> null;
        };
    }
}
