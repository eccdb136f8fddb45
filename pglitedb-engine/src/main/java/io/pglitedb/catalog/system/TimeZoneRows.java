package io.pglitedb.catalog.system;

import io.pglitedb.error.PgException;
import io.pglitedb.types.IntervalValue;
import io.pglitedb.types.TimeZones;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * pg_timezone_names and pg_timezone_abbrevs. The names are the time zones the TimeZone setting
 * accepts: the JDK's tz database (about 600 zones; PostgreSQL on Debian lists each twice more,
 * under {@code posix/}), each with its abbreviation, offset and daylight-saving state now, as
 * timestamptz output shows them ({@link TimeZones#abbreviation}). The abbreviations are
 * PostgreSQL 15's Default set, recorded from it into {@code pg_timezone_abbrevs.tsv}.
 */
final class TimeZoneRows {
    private TimeZoneRows() {
    }

    private record Abbreviation(String abbrev, int offsetSeconds, boolean dst) {
    }

    private static final List<Abbreviation> ABBREVIATIONS = load();

    static void names(SystemContext c, SystemRelation.Rows rows) {
        Instant now = Instant.now();
        for (String name : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            TimeZones.Zone zone = TimeZones.resolve(name);
            if (zone == null) {
                continue;
            }
            ZoneRules rules = zone.id().getRules();
            rows.add().set("name", name).set("abbrev", TimeZones.abbreviation(zone, now.getEpochSecond()))
                    .set("utc_offset", interval(rules.getOffset(now).getTotalSeconds()))
                    .set("is_dst", rules.isDaylightSavings(now));
        }
    }

    static void abbreviations(SystemContext c, SystemRelation.Rows rows) {
        for (Abbreviation a : ABBREVIATIONS) {
            rows.add().set("abbrev", a.abbrev()).set("utc_offset", interval(a.offsetSeconds())).set("is_dst", a.dst());
        }
    }

    private static IntervalValue interval(int seconds) {
        return new IntervalValue(0, 0, seconds * 1_000_000L);
    }

    private static List<Abbreviation> load() {
        List<Abbreviation> out = new ArrayList<>();
        try (InputStream in = TimeZoneRows.class.getResourceAsStream("pg_timezone_abbrevs.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                out.add(new Abbreviation(f[0], Integer.parseInt(f[1]), f[2].equals("true")));
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
        return out;
    }
}
