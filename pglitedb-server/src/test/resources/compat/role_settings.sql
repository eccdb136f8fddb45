-- ALTER DATABASE / ALTER ROLE ... SET: defaults that sessions starting later take (pg_db_role_setting)
CREATE DATABASE compat_rs;
ALTER DATABASE compat_rs SET datestyle TO iso, dmy;
ALTER DATABASE compat_rs SET search_path = a, "B c", public;
ALTER DATABASE compat_rs SET work_mem = '64MB';
ALTER DATABASE compat_rs SET my.custom = 'x';
ALTER DATABASE compat_rs SET statement_timeout = 5000;
ALTER DATABASE compat_rs SET TimeZone TO 'Europe/Paris';
-- checked as SET checks them
ALTER DATABASE compat_rs SET work_mem = 'abc';
ALTER DATABASE compat_rs SET work_mem = '10xB';
ALTER DATABASE compat_rs SET work_mem = 10;
ALTER DATABASE compat_rs SET nosuch = 1;
ALTER DATABASE compat_rs SET server_version = 1;
ALTER DATABASE nosuchdb SET work_mem = '1MB';
ALTER ROLE nosuchrole SET work_mem = '1MB';
CREATE ROLE compat_rs_user LOGIN;
CREATE ROLE compat_rs_other LOGIN;
ALTER ROLE compat_rs_user SET work_mem = '1MB';
ALTER ROLE compat_rs_user IN DATABASE compat_rs SET work_mem = '2MB';
ALTER ROLE compat_rs_user IN DATABASE compat_rs SET extra_float_digits = 1;
ALTER ROLE compat_rs_user IN DATABASE nosuchdb SET work_mem = '2MB';
ALTER ROLE ALL SET application_name = 'allrole';
SELECT d.datname, r.rolname, s.setconfig
  FROM pg_db_role_setting s LEFT JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole
 ORDER BY 1, 2;
SELECT rolname, rolconfig FROM pg_roles WHERE rolname LIKE 'compat_rs%' ORDER BY 1;
SELECT usename, useconfig FROM pg_user WHERE usename LIKE 'compat_rs%' ORDER BY 1;
\drds
-- a new session takes them: role in database over role over database; the client's own over all
\c compat_rs compat_rs_user
SHOW work_mem;
SHOW extra_float_digits;
SHOW DateStyle;
SHOW search_path;
SHOW statement_timeout;
SHOW TimeZone;
SHOW my.custom;
SHOW application_name;
SET work_mem = '5MB';
RESET work_mem;
SHOW work_mem;
-- a role without CREATEROLE may change only its own settings, not the database's
ALTER ROLE compat_rs_user SET work_mem = '3MB';
ALTER ROLE compat_rs_other SET work_mem = '3MB';
ALTER ROLE postgres SET work_mem = '3MB';
ALTER ROLE ALL SET work_mem = '3MB';
ALTER DATABASE compat_rs SET work_mem = '3MB';
ALTER ROLE CURRENT_USER SET DateStyle FROM CURRENT;
SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'compat_rs_user'::regrole AND setdatabase = 0;
\c compat_rs compat_rs_other
SHOW work_mem;
SHOW DateStyle;
\c postgres postgres
SHOW work_mem;
ALTER DATABASE compat_rs RESET work_mem;
ALTER DATABASE compat_rs SET DateStyle TO DEFAULT;
ALTER DATABASE compat_rs SET statement_timeout = 0;
SELECT setconfig FROM pg_db_role_setting WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = 'compat_rs') AND setrole = 0;
ALTER DATABASE compat_rs RESET ALL;
ALTER ROLE ALL RESET ALL;
ALTER ROLE compat_rs_user RESET ALL;
SELECT count(*) FROM pg_db_role_setting s LEFT JOIN pg_roles r ON r.oid = s.setrole WHERE s.setrole = 0 OR r.rolname LIKE 'compat_rs%';
DROP DATABASE compat_rs;
SELECT count(*) FROM pg_db_role_setting s LEFT JOIN pg_roles r ON r.oid = s.setrole WHERE s.setrole = 0 OR r.rolname LIKE 'compat_rs%';
DROP ROLE compat_rs_user;
DROP ROLE compat_rs_other;
