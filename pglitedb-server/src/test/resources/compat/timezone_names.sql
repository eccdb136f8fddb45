-- pg_timezone_names: the zones SET TIME ZONE accepts, with their abbreviation, offset and DST state now
-- (PostgreSQL on Debian also lists every zone under posix/; the JDK's tz database has no such copies)
SELECT count(*) > 550 AS many, count(DISTINCT name) = count(*) AS unique_names
FROM pg_timezone_names WHERE name NOT LIKE 'posix/%';
-- zones without daylight saving time: the whole row
SELECT * FROM pg_timezone_names
WHERE name IN ('UTC', 'Etc/UTC', 'GMT', 'Zulu', 'Asia/Kolkata', 'Asia/Tokyo', 'Etc/GMT+5', 'Etc/GMT-14', 'Australia/Eucla')
ORDER BY name;
-- zones with daylight saving time: the offset is now()'s in that zone, the abbreviation matches the state
SELECT name, utc_offset = (now() AT TIME ZONE name) - (now() AT TIME ZONE 'UTC') AS offset_of_now,
       CASE WHEN is_dst THEN abbrev IN ('CEST', 'EDT', 'PDT', 'BST', 'AEDT') ELSE abbrev IN ('CET', 'EST', 'PST', 'GMT', 'AEST') END
         AS abbrev_fits
FROM pg_timezone_names
WHERE name IN ('Europe/Berlin', 'EST5EDT', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney')
ORDER BY name;
-- names are case-sensitive in the view but any case works in SET TIME ZONE
SELECT count(*) FROM pg_timezone_names WHERE name = 'europe/berlin';
SELECT n.name, to_char(now() AT TIME ZONE n.name, 'YYYY') ~ '^\d{4}$' AS usable
FROM pg_timezone_names n WHERE n.name IN ('Europe/Berlin', 'Pacific/Chatham') ORDER BY 1;

-- pg_timezone_abbrevs: PostgreSQL's Default abbreviations
SELECT count(*) FROM pg_timezone_abbrevs;
SELECT * FROM pg_timezone_abbrevs WHERE abbrev IN ('UTC', 'EST', 'EDT', 'CET', 'CEST', 'IST', 'ACWST', 'NZDT', 'Z')
ORDER BY abbrev;

-- a zone whose tz database abbreviation is numeric shows it without a colon, as the view does
SET TIME ZONE 'Australia/Eucla';
SET datestyle = postgres;
SELECT '2026-01-01 00:00:00+00'::timestamptz, to_char('2026-01-01 00:00:00+00'::timestamptz, 'TZ');
RESET datestyle;
RESET TIME ZONE;
