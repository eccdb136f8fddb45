-- DateStyle, TimeZone, AT TIME ZONE, to_char / to_timestamp / to_date, jsonpath .datetime()
SET TimeZone = 'PST8PDT';
SET DateStyle = 'Postgres, MDY';
SHOW DateStyle;
SELECT '1997-02-10 17:32:01'::timestamptz, '1997-07-10 17:32:01.25'::timestamptz, '1997-02-10 17:32:01'::timestamp, '1997-02-10'::date;
SELECT 'Mon Feb 10 17:32:01 1997 PST'::timestamptz, '19970210 173201 -0800'::timestamptz;
SET DateStyle = dmy;
SHOW DateStyle;
SELECT '03/02/2001'::date, '1997-02-10 17:32:01'::timestamptz;
SET DateStyle = 'SQL';
SELECT '1997-02-10 17:32:01'::timestamptz, '1997-02-10'::date, '44-03-15 BC'::date;
SET DateStyle = 'German';
SELECT '1997-02-10 17:32:01'::timestamptz, '1997-02-10'::date;
SET DateStyle = 'ISO, MDY';
SELECT '1997-02-10 17:32:01'::timestamptz;
SET TIME ZONE 'America/New_York';
SHOW TimeZone;
SELECT '2012-07-01 12:00'::timestamptz;
SET TIME ZONE -1.5;
SHOW TimeZone;
SELECT '2012-12-12 12:00'::timestamptz;
SET TIME ZONE 'UTC-2';
SELECT '2012-12-12 12:00'::timestamptz;
SET TimeZone = 'Nowhere/Special';
RESET TimeZone;
SET TimeZone = 'PST8PDT';
SELECT '2001-02-16 20:38:40'::timestamp AT TIME ZONE 'America/New_York', '2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'UTC',
       '2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'EST', '2001-02-16 20:38:40'::timestamptz AT TIME ZONE INTERVAL '+05:30';
SELECT '2001-02-16 20:38:40'::timestamptz AT TIME ZONE 'Mars/Olympus';
SELECT to_char('1997-02-10 17:32:01.5'::timestamptz, 'Day DD Month YYYY HH12:MI:SS.MS AM TZ OF'),
       to_char('2001-02-03 04:05:06'::timestamp, 'FMDay FMMonth DDth YYYY "text" IW IYYY Q CC J RM'),
       to_char('2001-02-03 04:05:06'::timestamp, 'yyyy-mm-dd hh24:mi:ss Dy Mon ddd W WW SSSS');
SELECT to_timestamp('1997/Feb/16 --> 08:14:30', 'YYYY/Mon/DD --> HH:MI:SS'), to_timestamp('2011-12-18 11:38 PM', 'YYYY-MM-DD HH12:MI PM'),
       to_timestamp('15 2002 04', 'DD YYYY HH24'), to_timestamp(1284352323.5);
SELECT to_date('2011 12  18', 'YYYY MM   DD'), to_date('1 4 1902', 'Q MM YYYY'), to_date('3 4 21 01', 'W MM CC YY');
SELECT to_timestamp('2011-13-18', 'YYYY-MM-DD');
SELECT to_timestamp('97/Feb/16', 'YYMonDD');
SELECT to_date('2015 365', 'YYYY DDD'), to_date('2015 366', 'YYYY DDD');
SELECT to_timestamp('1999 10:30 15', 'YYYY HH:MI SS AM');
SELECT jsonb_path_query('"10-03-2017 12:34 +05:20"', '$.datetime("dd-mm-yyyy HH24:MI TZH:TZM")'),
       jsonb_path_query('"2017-03-10 12:34:56"', '$.datetime().type()'),
       jsonb_path_query('"12:34:56+3"', '$.datetime()');
SELECT jsonb_path_query('"10-03-2017"', '$.datetime("dd-mm-yyyy HH24")');
SELECT jsonb_path_query('["2017-03-10", "2017-03-11", "12:34:56"]', '$[*].datetime() ? (@ > "10.03.2017".datetime("dd.mm.yyyy"))');
SELECT jsonb_path_query('["2017-03-10 12:00:00+01", "2017-03-11"]', '$[*].datetime() ? (@ > "10.03.2017".datetime("dd.mm.yyyy"))');
SELECT jsonb_path_query_tz('["2017-03-10 12:00:00+01", "2017-03-11"]', '$[*].datetime() ? (@ > "10.03.2017".datetime("dd.mm.yyyy"))');
