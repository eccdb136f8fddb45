package io.pglitedb.types;

/**
 * The per-thread session state the types code reads (DateStyle, IntervalStyle, TimeZone, the
 * transaction clock, output settings, user-defined type names), captured on the session's thread
 * and installed on a helper thread that evaluates expressions for it (a parallel scan's worker),
 * so that both threads compute the same values. Capture and install are cheap: a few references.
 */
public record ThreadSettings(DateStyle dateStyle, IntervalStyle intervalStyle, TimeZones.Zone timeZone,
        long[] clock, int extraFloatDigits, boolean byteaEscape, String stackDepth, OidNames oidNames) {

    /** The settings published on the calling thread. */
    public static ThreadSettings capture() {
        return new ThreadSettings(DateStyle.current(), IntervalStyle.current(), TimeZones.current(),
                TransactionClock.published(), Float8Type.extraFloatDigits(), ByteaType.escapeOutput(),
                JsonParser.stackDepthSetting(), OidNames.current());
    }

    /** Publishes these settings for the calling thread. */
    public void install() {
        DateStyle.set(dateStyle);
        IntervalStyle.set(intervalStyle);
        TimeZones.set(timeZone);
        TransactionClock.publish(clock[0], clock[1]);
        Float8Type.setExtraFloatDigits(extraFloatDigits);
        ByteaType.setEscapeOutput(byteaEscape);
        JsonParser.setStackDepthSetting(stackDepth);
        OidNames.install(oidNames);
    }
}
