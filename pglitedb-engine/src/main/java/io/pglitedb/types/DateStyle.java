package io.pglitedb.types;

import java.util.Locale;

/**
 * The DateStyle setting: the output style (ISO, SQL, Postgres, German) and the field order that
 * reads ambiguous input such as 01/02/03 (MDY, DMY, YMD). The session publishes its value for its
 * thread before each statement ({@link #use}); outside a session it is PostgreSQL's default,
 * {@code ISO, MDY}.
 */
public record DateStyle(Style style, Order order) {
    public enum Style { ISO, SQL, POSTGRES, GERMAN }

    public enum Order { MDY, DMY, YMD }

    private static final DateStyle DEFAULT = new DateStyle(Style.ISO, Order.MDY);
    private static final ThreadLocal<DateStyle> CURRENT = new ThreadLocal<>();

    public static DateStyle current() {
        DateStyle d = CURRENT.get();
        return d == null ? DEFAULT : d;
    }

    /** Publishes a normalised setting value ("Postgres, MDY") for this thread. */
    public static void use(String setting) {
        CURRENT.set(setting == null ? null : of(setting));
    }

    /** Makes {@code style} (already resolved by the session) the style of this thread. */
    public static void set(DateStyle style) {
        CURRENT.set(style);
    }

    /** The style a normalised setting value names. */
    public static DateStyle of(String setting) {
        String v = setting.toUpperCase(Locale.ROOT);
        Style style = v.startsWith("SQL") ? Style.SQL : v.startsWith("POSTGRES") ? Style.POSTGRES
                : v.startsWith("GERMAN") ? Style.GERMAN : Style.ISO;
        Order order = v.contains("DMY") ? Order.DMY : v.contains("YMD") ? Order.YMD : Order.MDY;
        return new DateStyle(style, order);
    }
}
