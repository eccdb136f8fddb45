-- Session settings: SET, SHOW, RESET; SET is transactional like in PostgreSQL.
SET application_name = 'compat';
SHOW application_name;
SET application_name TO 'compat2';
SHOW application_name;
RESET application_name;
SHOW application_name;
SHOW standard_conforming_strings;
SHOW integer_datetimes;
SET nosuch_setting = 1;
SHOW nosuch_setting;
-- SET inside a rolled-back transaction is undone
BEGIN;
SET application_name = 'inside';
SHOW application_name;
ROLLBACK;
SHOW application_name;
