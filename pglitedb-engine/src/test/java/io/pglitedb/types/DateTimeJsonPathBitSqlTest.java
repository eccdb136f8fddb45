package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * jsonpath, DateStyle/TimeZone, to_char/to_timestamp/to_date, date_trunc/date_bin, make_* and bit
 * strings through SQL: every expected text (or error message) was printed by PostgreSQL 15 for the
 * same statements in the same order (a SET row has no expectation).
 */
class DateTimeJsonPathBitSqlTest {
    private static final String[][] CASES = {
            {"select jsonb_path_query_array('{\"a\": [1, 2, {\"b\": 3}], \"c\": \"x\"}', '$.a[*]')", "[1, 2, {\"b\": 3}]"},
            {"select jsonb_path_query_array('{\"a\": [1, 2, {\"b\": 3}]}', 'lax $.a.b')", "[3]"},
            {"select jsonb_path_query_array('{\"a\": [1, 2, {\"b\": 3}]}', 'strict $.a.b', '{}', true)", "[]"},
            {"select jsonb_path_query_array('[1, 2, 3, 4]', '$[*] ? (@ > $min && @ < $max)', '{\"min\": 1, \"max\": 4}')", "[2, 3]"},
            {"select jsonb_path_query_array('[1, 2, 3, 4, 5]', '$[1 to last - 1, 0]')", "[2, 3, 4, 1]"},
            {"select jsonb_path_query_array('{\"a\": {\"b\": {\"c\": 1}}}', '$.**{1 to last}')", "[{\"b\": {\"c\": 1}}, {\"c\": 1}, 1]"},
            {"select jsonb_path_query_array('{\"a\": {\"b\": {\"c\": 1}}}', 'lax $.**.c ? (@ > 0)')", "[1]"},
            {"select jsonb_path_query_array('[{\"a\": 1, \"b\": [1, 2]}, {\"c\": {\"a\": \"bbb\"}}]', '$[*].keyvalue()')", "[{\"id\": 12, \"key\": \"a\", \"value\": 1}, {\"id\": 12, \"key\": \"b\", \"value\": [1, 2]}, {\"id\": 72, \"key\": \"c\", \"value\": {\"a\": \"bbb\"}}]"},
            {"select jsonb_path_query_array('[\"abc\", \"abd\", \"xabc\", 1, null]', '$[*] ? (@ starts with \"ab\")')", "[\"abc\", \"abd\"]"},
            {"select jsonb_path_query_array('[\"abc\", \"ABD\", \"xabc\"]', '$[*] ? (@ like_regex \"^ab\" flag \"i\")')", "[\"abc\", \"ABD\"]"},
            {"select jsonb_path_query_array('[1, \"a\", null, true, [], {}]', '$[*].type()')", "[\"number\", \"string\", \"null\", \"boolean\", \"array\", \"object\"]"},
            {"select jsonb_path_query_array('[0, -2.5, 5.6]', '$[*].abs().floor().ceiling()')", "[0, 2, 5]"},
            {"select jsonb_path_query_array('\"1.25\"', '$.double() * 2 + 1 - 3 / 2 % 1')", "[3.0000000000000000]"},
            {"select jsonb_path_query_array('[1, 2, 3]', '$.size() + -$[0] + +$[1]')", "[4]"},
            {"select jsonb_path_query_array('[1, 0, 3]', '$[*] ? ((2 / @ > 0) is unknown)')", "[0]"},
            {"select jsonb_path_query_array('{\"g\": [{\"x\": 2}, {\"y\": 3}]}', 'lax $.g ? (exists (@.x))')", "[{\"x\": 2}]"},
            {"select jsonb_path_query_array('{\"g\": [{\"x\": 2}, {\"y\": 3}]}', 'strict $.g[*] ? (!(exists (@.x)) || @.y == 3)')", "[{\"y\": 3}]"},
            {"select jsonb_path_query_array('[1, \"1\", null]', '$[*] ? (@ == null || @ != 1)')", "[null]"},
            {"select jsonb_path_query_array('[[1, true], [2, false]]', 'strict $[*] ? (@[0] > $x) [1]', '{\"x\": 1}')", "[false]"},
            {"select jsonb_path_query_array('{\"a\": 1}', '$.*')", "[1]"},
            {"select jsonb_path_query_first('[{\"a\": 1}, {\"a\": 2}]', '$[*].a')", "1"},
            {"select jsonb_path_exists('[1]', 'strict $[3]', '{}', true)", ""},
            {"select jsonb_path_exists('[{\"a\": 1}, {\"a\": 2}, 3]', 'lax $[*].a')", "t"},
            {"select jsonb_path_match('[1, 2]', '$[0] < $[1]')", "t"},
            {"select jsonb '{\"a\": 12}' @? '$.a'", "t"},
            {"select jsonb '[1, 2]' @@ '$[*] > 1'", "t"},
            {"select jsonb_path_query_array('\"10-03-2017 12:34 +05:20\"', '$.datetime(\"dd-mm-yyyy HH24:MI TZH:TZM\")')", "[\"2017-03-10T12:34:00+05:20\"]"},
            {"select jsonb_path_query_array('[\"2017-03-10\", \"12:34:56\", \"12:34:56+3\", \"2017-03-10 12:34:56\", \"2017-03-10T12:34:56+3:10\"]', '$[*].datetime()')", "[\"2017-03-10\", \"12:34:56\", \"12:34:56+03:00\", \"2017-03-10T12:34:56\", \"2017-03-10T12:34:56+03:10\"]"},
            {"select jsonb_path_query_array('[\"2017-03-10\", \"12:34:56\", \"12:34:56+3\", \"2017-03-10 12:34:56\"]', '$[*].datetime().type()')", "[\"date\", \"time without time zone\", \"time with time zone\", \"timestamp without time zone\"]"},
            {"select jsonb_path_query_array('[\"2017-03-10\", \"2017-03-11\", \"2017-03-09 12:00:00\"]', '$[*].datetime() ? (@ > \"10.03.2017\".datetime(\"dd.mm.yyyy\"))')", "[\"2017-03-11\"]"},
            {"select jsonb_path_query_tz('[\"2017-03-10 12:00:00+01\"]', '$[*].datetime() ? (@ > \"10.03.2017\".datetime(\"dd.mm.yyyy\"))')", "\"2017-03-10T12:00:00+01:00\""},
            {"select '$.a[*] ? (@ > 1 && @.b like_regex \"^x\" flag \"i\")'::jsonpath", "$.\"a\"[*]?(@ > 1 && @.\"b\" like_regex \"^x\" flag \"i\")"},
            {"select 'strict $.**{1 to last}.size()'::jsonpath::text || ' ' || '$[0 to 2, last]'::jsonpath::text || ' ' || '-($.a + 2) * 3'::jsonpath::text", "strict $.**{1 to last}.size() $[0 to 2,last] (-($.\"a\" + 2) * 3)"},
            {"select '$ ? (!(@ == 1) && (@ starts with \"a\") is unknown || exists($.b))'::jsonpath", "$?(!(@ == 1) && (@ starts with \"a\") is unknown || exists ($.\"b\"))"},
            {"select '$.\"a b\".datetime(\"HH24\").keyvalue().double()'::jsonpath", "$.\"a b\".datetime(\"HH24\").keyvalue().double()"},
            {"select jsonb_path_query_array('1', 'strict $.a')", "ERROR:jsonpath member accessor can only be applied to an object"},
            {"select jsonb_path_query_array('[1, 2]', '3 * $')", "ERROR:right operand of jsonpath operator * is not a single numeric value"},
            {"select jsonb_path_query_array('0', '1 / $')", "ERROR:division by zero"},
            {"select jsonb_path_query_array('\"a\"', '-$')", "ERROR:operand of unary jsonpath operator - is not a numeric value"},
            {"select jsonb_path_query_array('[]', 'strict $[1]')", "ERROR:jsonpath array subscript is out of bounds"},
            {"select jsonb_path_query_array('{}', '$.abs()')", "ERROR:jsonpath item method .abs() can only be applied to a numeric value"},
            {"select jsonb_path_query_array('true', '$.double()')", "ERROR:jsonpath item method .double() can only be applied to a string or numeric value"},
            {"select jsonb_path_query_array('1', '$.keyvalue()')", "ERROR:jsonpath item method .keyvalue() can only be applied to an object"},
            {"select jsonb_path_query_array('[1]', '$ ? (@ > $x)')", "ERROR:could not find jsonpath variable \"x\""},
            {"select jsonb_path_query_array('\"aaaa\"', '$.datetime(\"HH24\")')", "ERROR:invalid value \"aa\" for \"HH24\""},
            {"select jsonb_path_query_array('\"bogus\"', '$.datetime()')", "ERROR:datetime format is not recognized: \"bogus\""},
            {"select jsonb_path_match('1', '$')", "ERROR:single boolean result is expected"},
            {"select '1a'::jsonpath", "ERROR:trailing junk after numeric literal at or near \"1a\" of jsonpath input"},
            {"select '$ ? (@ == 1'::jsonpath", "ERROR:syntax error at end of jsonpath input"},
            {"set datestyle to 'Postgres, MDY'", null},
            {"set timezone to 'PST8PDT'", null},
            {"select '1997-02-10 17:32:01'::timestamptz::text || ' | ' || '1997-07-10 17:32:01.25'::timestamptz::text || ' | ' || '1997-02-10'::date::text", "Mon Feb 10 17:32:01 1997 PST | Thu Jul 10 17:32:01.25 1997 PDT | 02-10-1997"},
            {"select 'Mon Feb 10 17:32:01 1997 PST'::timestamptz::text || ' | ' || '19970210 173201 -0800'::timestamptz::text", "Mon Feb 10 17:32:01 1997 PST | Mon Feb 10 17:32:01 1997 PST"},
            {"select to_char('1997-02-10 17:32:01.5'::timestamptz, 'Day DD Month YYYY HH12:MI:SS.MS AM TZ OF TZH:TZM US FF3 SSSS')", "Monday    10 February  1997 05:32:01.500 PM PST -08 -08:00 500000 500 63121"},
            {"select to_char('2001-02-03 04:05:06'::timestamp, 'FMDay FMMonth DDth YYYY \"text\" IW IYYY IDDD ID Q CC J RM rm W WW Y,YYY YYY YY Y BC b.c. a.m. DY dy Mon mon day month')", "Saturday February 03rd 2001 text 05 2001 034 6 1 21 2451944 II   ii   1 05 2,001 001 01 1 AD a.d. a.m. SAT sat Feb feb saturday  february "},
            {"select to_char('0044-03-15 12:00:00 BC'::timestamp, 'YYYY BC CC HH24 hh12 pm FMDDTH')", "0044 BC -01 12 12 pm 15TH"},
            {"select to_timestamp('1997/Feb/16 --> 08:14:30', 'YYYY/Mon/DD --> HH:MI:SS')::text", "Sun Feb 16 08:14:30 1997 PST"},
            {"select to_timestamp('2011-12-18 11:38 PM', 'YYYY-MM-DD HH12:MI PM')::text || ' ' || to_timestamp('15 2002 04', 'DD YYYY HH24')::text", "Sun Dec 18 23:38:00 2011 PST Tue Jan 15 04:00:00 2002 PST"},
            {"select to_timestamp('2005527', 'IYYYIWID')::text || ' ' || to_timestamp('1,982nd VIII 21', 'Y,YYYth FMRM DD')::text || ' ' || to_timestamp('2000 365', 'YYYY DDD')::text", "Sun Jan 01 00:00:00 2006 PST Sat Aug 21 00:00:00 1982 PDT Sat Dec 30 00:00:00 2000 PST"},
            {"select to_timestamp(1284352323.5)::text || ' ' || to_timestamp('19971116 05:30:01.123456 +03', 'YYYYMMDD HH24:MI:SS.US TZH')::text", "Sun Sep 12 21:32:03.5 2010 PDT Sat Nov 15 18:30:01.123456 1997 PST"},
            {"select to_date('2011 12  18', 'YYYY MM   DD')::text || ' ' || to_date('1 4 1902', 'Q MM YYYY')::text || ' ' || to_date('3 4 21 01', 'W MM CC YY')::text", "12-18-2011 04-01-1902 04-15-2001"},
            {"select to_date('2458872', 'J')::text || ' ' || to_date('44-02-01 BC','YYYY-MM-DD BC')::text || ' ' || to_date('Thursday 20 January 2000', 'Day DD Month YYYY')::text", "01-23-2020 02-01-0044 BC 01-20-2000"},
            {"select to_timestamp('2011-13-18', 'YYYY-MM-DD')", "ERROR:date/time field value out of range: \"2011-13-18\""},
            {"select to_timestamp('97/Feb/16', 'YYMonDD')", "ERROR:invalid value \"/Feb/16\" for \"Mon\""},
            {"select to_date('2015 366', 'YYYY DDD')", "ERROR:date/time field value out of range: \"2015 366\""},
            {"select to_timestamp('15:30', 'HH12:MI')", "ERROR:hour \"15\" is invalid for the 12-hour clock"},
            {"select to_timestamp('2000 12', 'IYYY MM')", "ERROR:invalid combination of date conventions"},
            {"select to_date('2016 13 10', 'YYYY MM DD')", "ERROR:date/time field value out of range: \"2016 13 10\""},
            {"select to_timestamp('2001 2 3 x', 'YYYY MM DD TZ')", "ERROR:formatting field \"TZ\" is only supported in to_char"},
            {"select to_date('x1', 'MM')", "ERROR:invalid value \"x1\" for \"MM\""},
            {"select to_date('1', 'MMMM')", "ERROR:source string too short for \"MM\" formatting field"},
            {"select to_timestamp('2000 Febx', 'YYYY Month')", "ERROR:invalid value \"Febx\" for \"Month\""},
            {"set datestyle to dmy", null},
            {"select '03/02/2001'::date::text || ' ' || '1997-02-10 17:32:01'::timestamptz::text", "03-02-2001 Mon 10 Feb 17:32:01 1997 PST"},
            {"set datestyle to 'SQL'", null},
            {"select '1997-02-10 17:32:01'::timestamptz::text || ' | ' || '1997-02-10'::date::text || ' | ' || '0044-03-15 BC'::date::text", "10/02/1997 17:32:01 PST | 10/02/1997 | 15/03/0044 BC"},
            {"set datestyle to 'German'", null},
            {"select '1997-02-10 17:32:01'::timestamptz::text || ' | ' || '1997-02-10'::date::text", "10.02.1997 17:32:01 PST | 10.02.1997"},
            {"set datestyle to 'ISO, MDY'", null},
            {"set time zone 'America/New_York'", null},
            {"select '2012-07-01 12:00'::timestamptz::text || ' ' || current_setting('TimeZone')", "2012-07-01 12:00:00-04 America/New_York"},
            {"set time zone -1.5", null},
            {"select '2012-12-12 12:00'::timestamptz::text || ' ' || current_setting('TimeZone')", "2012-12-12 12:00:00-01:30 <-01:30>+01:30"},
            {"set time zone 'UTC-2'", null},
            {"select '2012-12-12 12:00'::timestamptz::text", "2012-12-12 12:00:00+02"},
            {"set timezone to 'PST8PDT'", null},
            {"select ('2001-02-16 20:38:40'::timestamp AT TIME ZONE 'America/New_York')::text || ' ' || ('2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'UTC')::text || ' ' || ('2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'EST')::text || ' ' || ('2001-02-16 20:38:40'::timestamptz AT TIME ZONE INTERVAL '+05:30')::text || ' ' || ('2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'MSK')::text", "2001-02-16 17:38:40-08 2001-02-17 04:38:40 2001-02-16 23:38:40 2001-02-17 10:08:40 2001-02-17 07:38:40"},
            {"select ('2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'Mars/Olympus')", "ERROR:time zone \"Mars/Olympus\" not recognized"},
            {"select date_trunc('week', '2004-02-29 15:44:17.71393'::timestamp)::text || ' ' || date_trunc('day', '2001-02-16 20:38:40+00'::timestamptz, 'Australia/Sydney')::text || ' ' || date_trunc('millennium', '0055-06-17 BC'::timestamp)::text || ' ' || date_trunc('decade', '1999-12-31'::timestamp)::text || ' ' || date_trunc('quarter', '2001-11-16 20:38:40'::timestamptz)::text || ' ' || date_trunc('ms', '2001-11-16 20:38:40.123456'::timestamptz)::text", "2004-02-23 00:00:00 2001-02-16 05:00:00-08 1000-01-01 00:00:00 BC 1990-01-01 00:00:00 2001-10-01 00:00:00-07 2001-11-16 20:38:40.123-08"},
            {"select date_trunc('fortnight', '2004-02-29'::timestamp)", "ERROR:unit \"fortnight\" not recognized for type timestamp without time zone"},
            {"select date_bin('5 min'::interval, timestamp '2020-02-01 01:01:01', timestamp '2020-02-01 00:02:30')::text || ' ' || date_bin('30 minutes'::interval, timestamptz '2024-02-01 15:00:00', timestamptz '2024-02-01 17:00:00')::text", "2020-02-01 00:57:30 2024-02-01 15:00:00-08"},
            {"select date_bin('5 months'::interval, timestamp '2020-02-01 01:01:01', timestamp '2001-01-01')", "ERROR:timestamps cannot be binned into intervals containing months or years"},
            {"select date_bin('-2 days'::interval, timestamp '1970-01-01 01:00:00', timestamp '1970-01-01 00:00:00')", "ERROR:stride must be greater than zero"},
            {"select make_date(2013, 7, 15)::text || ' ' || make_date(-44, 3, 15)::text || ' ' || make_time(8, 20, 0.5)::text || ' ' || make_timestamp(2014, 12, 28, 6, 30, 45.887)::text || ' ' || make_timestamptz(1973, 07, 15, 08, 15, 55.33)::text || ' ' || make_timestamptz(1973, 07, 15, 08, 15, 55.33, '+2')::text || ' ' || make_timestamptz(2014, 12, 10, 0, 0, 0, 'Europe/Prague')::text", "2013-07-15 0044-03-15 BC 08:20:00.5 2014-12-28 06:30:45.887 1973-07-15 08:15:55.33-07 1973-07-14 23:15:55.33-07 2014-12-09 15:00:00-08"},
            {"select make_date(2013, 2, 30)", "ERROR:date field value out of range: 2013-02-30"},
            {"select make_time(24, 0, 2.1)", "ERROR:time field value out of range: 24:00:2.1"},
            {"select make_timestamptz(1973, 07, 15, 08, 15, 55.33, '2')", "ERROR:invalid input syntax for type numeric time zone: \"2\""},
            {"select make_timestamptz(2014, 12, 10, 10, 10, 10, '+16')", "ERROR:numeric time zone \"+16\" out of range"},
            {"select string_agg(g::text, ',') from generate_series('2020-01-01'::timestamp, '2020-01-03', '1 day') g", "2020-01-01 00:00:00,2020-01-02 00:00:00,2020-01-03 00:00:00"},
            {"select string_agg(g::text, ',') from generate_series('2020-03-07 12:00'::timestamptz, '2020-03-09 12:00', '1 day') g", "2020-03-07 12:00:00-08,2020-03-08 12:00:00-07,2020-03-09 12:00:00-07"},
            {"select make_interval(days => 3, hours := 2)::text", "3 days 02:00:00"},
            {"select B'1010'::text || ' ' || X'1F'::text || ' ' || (B'1010' || B'11')::text || ' ' || (B'1100' & B'1010')::text || ' ' || (B'1100' | B'1010')::text || ' ' || (B'1100' # B'1010')::text || ' ' || (~B'1100')::text || ' ' || (B'1100' << 1)::text || ' ' || (B'1100' >> 2)::text", "1010 00011111 101011 1000 1110 0110 0011 1000 0011"},
            {"select 5::bit(4)::text || ' ' || (B'1011')::int4 || ' ' || '101'::bit::text || ' ' || '101'::bit(5)::text || ' ' || '1011'::varbit(2)::text || ' ' || (B'101' < B'11')::text || ' ' || pg_typeof(B'101')::text || ' ' || (-1)::bit(70)::bigint", "ERROR:bigint out of range"},
            {"select length(B'10101')::text || ' ' || substring(B'0101011' from 2 for 3)::text || ' ' || position(B'11' in B'0011')::text || ' ' || get_bit(B'0101', 1)::text || ' ' || set_bit(B'0101', 0, 1)::text || ' ' || bit_count(B'10111')::text || ' ' || overlay(B'010101' placing B'11' from 2)::text || ' ' || octet_length(B'101010101')::text || ' ' || bit_length(B'101')", "5 101 3 1 1101 4 011101 2 3"},
            {"select B'101' & B'11'", "ERROR:cannot AND bit strings of different sizes"},
            {"select '102'::bit(3)", "ERROR:\"2\" is not a valid binary digit"},
            {"select 'x1G'::varbit", "ERROR:\"G\" is not a valid hexadecimal digit"},
            {"select '1010'::bit(3)", "101"},
            {"select '1010'::varbit(3)::varbit(2)", "10"},
            {"select get_bit(B'0101', 4)", "ERROR:bit index 4 out of valid range (0..3)"},
            {"select min_scale(1.1000)::text || ' ' || trim_scale(1.1000)::text || ' ' || min_scale(0.00)::text || ' ' || trim_scale(120.00)::text || ' ' || trim_scale('NaN'::numeric)::text", "1 1.1 0 120 NaN"},
            {"select gcd(12, 18)::text || ' ' || gcd(-12::int8, 0)::text || ' ' || lcm(4, 6)::text || ' ' || lcm(0, 5)::text", "6 12 12 0"},
            {"select gcd((-2147483648)::int4, 0)", "ERROR:integer out of range"},
            {"select lcm(2147483647, 2147483646)", "ERROR:integer out of range"},
            {"select sinh(1)::text || ' ' || cosh(1)::text || ' ' || tanh(1)::text || ' ' || asinh(1)::text || ' ' || acosh(2)::text || ' ' || atanh(0.5)::text || ' ' || atanh(1)::text", "1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548 Infinity"},
            {"select acosh(0.5)", "ERROR:input is out of range"},
            {"select float4send(1.5::real)::text || ' ' || float8send(-2.25::float8)::text", "\\x3fc00000 \\xc002000000000000"},
            {"select position(B'' in B'0101')::text || ' ' || position(B'' in B'')::text || ' ' || (B'01'::varbit || B'1')::text", "1 0 011"}
    };

    @Test
    void statementsGivePostgresResults() throws SQLException {
        java.util.List<String> mismatches = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:types_sql_" + System.nanoTime());
                Statement s = c.createStatement()) {
            for (String[] kase : CASES) {
                String sql = kase[0];
                String expected = kase[1];
                if (expected == null) {
                    s.execute(sql);
                    continue;
                }
                String actual;
                try (ResultSet rs = s.executeQuery(sql)) {
                    StringBuilder sb = new StringBuilder();
                    while (rs.next()) {
                        if (sb.length() > 0) {
                            sb.append('\n');
                        }
                        String v = rs.getString(1);
                        sb.append(v == null ? "" : v);
                    }
                    actual = sb.toString();
                } catch (SQLException e) {
                    String m = e.getMessage().lines().findFirst().orElse("");
                    actual = "ERROR:" + (m.startsWith("ERROR: ") ? m.substring("ERROR: ".length()) : m);
                }
                if (!actual.equals(expected)) {
                    mismatches.add(sql + "\n  expected: " + expected + "\n  actual:   " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
