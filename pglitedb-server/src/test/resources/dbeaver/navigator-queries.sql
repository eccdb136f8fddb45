-- The SQL DBeaver's PostgreSQL plugin (dbeaver/dbeaver, plugins/org.jkiss.dbeaver.ext.postgresql,
-- package org.jkiss.dbeaver.ext.postgresql.model) sends when it connects and when the navigator is
-- expanded, in the branches a PostgreSQL 15 server takes. Copied as test data; each entry names the
-- file it comes from. Entries are separated by "----" lines. Header lines of an entry:
--   -- name: what it is (Source.java)
--   -- param long|string: SQL giving the value DBeaver binds (run first on the same server)
--   -- inline NAME: SQL giving a value DBeaver writes into the text in place of {NAME}
--   -- compare: count | rows   (with the reference PostgreSQL; without it only "no error"; rows
--      of a query without ORDER BY are compared sorted)
--   -- gap: why it fails on our server still (the test checks that it still does)
----
-- name: active database (PostgreDataSource.java)
-- compare: rows
SELECT current_database()
----
-- name: server version (PostgreDataSource.java)
SELECT version()
----
-- name: pg_enum exists (PostgreUtils.isMetaObjectExists from PostgreDataSource.java)
SELECT * FROM pg_catalog.pg_enum WHERE 1<>1 LIMIT 1
----
-- name: pg_class.reltype exists (PostgreUtils.isMetaObjectExists from PostgreDataSource.java)
SELECT reltype FROM pg_catalog.pg_class WHERE 1<>1 LIMIT 1
----
-- name: pg_type.typcategory exists (PostgreDatabase.supportsSysTypCategoryColumn)
SELECT typcategory FROM pg_catalog.pg_type WHERE 1<>1 LIMIT 1
----
-- name: context defaults (PostgreExecutionContext.java)
-- compare: rows
SELECT current_schema(),session_user
----
-- name: search path (PostgreExecutionContext.java)
-- compare: rows
SHOW search_path
----
-- name: database list (PostgreDataSource.prepareReadDatabaseListStatement)
-- param string: SELECT current_database()
SELECT db.oid,db.* FROM pg_catalog.pg_database db WHERE 1 = 1 AND datallowconn AND NOT datistemplate OR db.datname =?
ORDER BY db.datname
----
-- name: database info (PostgreDatabase.readDatabaseInfo)
-- param string: SELECT current_database()
-- compare: count
SELECT db.oid,db.* FROM pg_catalog.pg_database db WHERE datname=?
----
-- name: template databases (PostgreDataSource.getTemplateDatabases)
SELECT db.datname FROM pg_catalog.pg_database db WHERE datistemplate
----
-- name: database size (PostgreDataSource.collectObjectStatistics)
-- param long: SELECT oid FROM pg_database WHERE datname = current_database()
-- compare: count
SELECT db.datname,pg_database_size(db.oid) FROM pg_catalog.pg_database db WHERE db.oid=?
----
-- name: database description (PostgreDatabase.getDescription)
-- param string: SELECT current_database()
-- compare: rows
select description from pg_shdescription join pg_database on objoid = pg_database.oid where datname = ?
----
-- name: settings (PostgreDataSource.SettingCache)
select * from pg_catalog.pg_settings
----
-- name: one setting (PostgreDataSource.SettingCache)
-- param string: SELECT 'work_mem'
-- compare: count
select * from pg_catalog.pg_settings where name=?
----
-- name: all data types (PostgreDatabase.cacheDataTypes)
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description
FROM pg_catalog.pg_type t
LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem 
LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.typname IS NOT NULL
AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')
----
-- name: schema data types (PostgreDataTypeCache.prepareObjectsStatement)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description
FROM pg_catalog.pg_type t
LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem 
LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.typname IS NOT NULL
AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')
AND t.typnamespace=? 
----
-- name: data type by oid (PostgreDataTypeCache.resolveDataType)
-- param long: SELECT 'dbv.mood'::regtype::oid
-- compare: count
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name FROM pg_catalog.pg_type t
LEFT OUTER JOIN pg_class c ON c.oid=t.typrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.oid=? 
----
-- name: enum values (PostgreDatabase.EnumValueCache)
SELECT * FROM pg_catalog.pg_enum
----
-- name: enum labels of a type (PostgreDataType.readEnumValues)
-- param long: SELECT 'dbv.mood'::regtype::oid
-- compare: rows
SELECT e.enumlabel 
FROM pg_catalog.pg_enum e
WHERE e.enumtypid=?
ORDER BY e.enumsortorder
----
-- name: domain constraints (PostgreDataType.getConstraintsText)
-- inline typ: SELECT 'dbv.mood'::regtype::oid
-- compare: rows
SELECT concat(c.conname, ' ', pg_catalog.pg_get_constraintdef(oid, true))
FROM pg_catalog.pg_constraint c
WHERE contypid = {typ}
----
-- name: composite type attributes (PostgreDataType.AttributeCache)
-- param long: SELECT 'dbv.customers'::regclass::oid
-- compare: count
SELECT c.relname,row_number() OVER (ORDER BY a.attnum) as attnum,a.*,pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value,dsc.description
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.oid=?
ORDER BY a.attnum
----
-- name: roles (PostgreDatabase.RoleCache)
SELECT a.oid,a.*,pd.description FROM pg_catalog.pg_roles a 
left join pg_catalog.pg_shdescription pd on a.oid = pd.objoid
ORDER BY a.rolname
----
-- name: role members (PostgreRole.MembersCache)
-- param long: SELECT oid FROM pg_roles WHERE rolname = 'pg_monitor'
SELECT * FROM pg_catalog.pg_auth_members WHERE roleid=?
----
-- name: role memberships (PostgreRole.MembersCache)
-- param long: SELECT oid FROM pg_roles WHERE rolname = 'pg_monitor'
SELECT * FROM pg_catalog.pg_auth_members WHERE member=?
----
-- name: role table privileges (PostgreRole.getPermissions)
-- param string: SELECT current_database()
-- param string: SELECT 'dbv_reader'
-- compare: rows
SELECT * FROM information_schema.table_privileges WHERE table_catalog=? AND grantee=?
----
-- name: role routine privileges (PostgreRole.getPermissions)
-- param string: SELECT current_database()
-- param string: SELECT 'dbv_reader'
SELECT * FROM information_schema.routine_privileges WHERE specific_catalog=? AND grantee=?
----
-- name: role privileges on sequences, matviews, schemas (PostgreRole.getPermissions)
-- param long: SELECT oid FROM pg_roles WHERE rolname = 'dbv_reader'
-- compare: count
SELECT * FROM (
	SELECT DISTINCT relnamespace,
	relacl,
	relname,
	relkind,
(aclexplode(relacl)).grantee as granteeI
FROM
	pg_class
WHERE
	relacl IS NOT NULL
	AND relnamespace IN (
SELECT oid
FROM pg_namespace
WHERE nspname NOT LIKE 'pg_%' AND nspname != 'information_schema')
UNION ALL
SELECT DISTINCT
	n.oid AS relnamespace,
	nspacl AS relacl,
	n.nspname AS relname,
	cast('C' as "char") AS relkind,
(aclexplode(nspacl)).grantee as granteeI
FROM
	pg_catalog.pg_namespace n
WHERE
	n.nspacl IS NOT NULL 
	) AS tr
WHERE tr.granteeI=? AND tr.relkind IN('S', 'm', 'C')
----
-- name: access methods (PostgreDatabase.AccessMethodCache)
SELECT am.oid,am.* FROM pg_catalog.pg_am am 
ORDER BY am.oid
----
-- name: operator classes (PostgreAccessMethod.OperatorClassCache)
SELECT oc.oid,oc.* FROM pg_catalog.pg_opclass oc 
ORDER BY oc.oid
----
-- name: operator families (PostgreAccessMethod.OperatorFamilyCache)
SELECT of.oid,of.* FROM pg_catalog.pg_opfamily of 
ORDER BY of.oid
----
-- name: encodings (PostgreDatabase.EncodingCache)
SELECT c.contoencoding as encid,pg_catalog.pg_encoding_to_char(c.contoencoding) as encname
FROM pg_catalog.pg_conversion c
GROUP BY c.contoencoding
ORDER BY 2
----
-- name: collations (PostgreDatabase.CollationCache)
SELECT c.oid,c.* FROM pg_catalog.pg_collation c 
ORDER BY c.oid
----
-- name: languages (PostgreDatabase.LanguageCache)
SELECT l.oid,l.* FROM pg_catalog.pg_language l 
ORDER BY l.oid
----
-- name: foreign data wrappers (PostgreDatabase.ForeignDataWrapperCache)
SELECT l.oid,l.*,p.pronamespace as handler_schema_id 
FROM pg_catalog.pg_foreign_data_wrapper l
LEFT OUTER JOIN pg_catalog.pg_proc p ON p.oid=l.fdwhandler 
ORDER BY l.fdwname
----
-- name: foreign servers (PostgreDatabase.ForeignServerCache)
SELECT l.oid,l.* FROM pg_catalog.pg_foreign_server l
ORDER BY l.srvname
----
-- name: tablespaces (PostgreDatabase.TablespaceCache)
SELECT t.oid,t.*,pg_tablespace_location(t.oid) loc
FROM pg_catalog.pg_tablespace t 
ORDER BY t.oid
----
-- name: available extensions (PostgreDatabase.AvailableExtensionCache)
SELECT name,default_version,installed_version,comment FROM pg_catalog.pg_available_extensions ORDER BY name
----
-- name: event triggers (PostgreDatabase.EventTriggersCache)
SELECT pet.*, d.description FROM pg_catalog.pg_event_trigger pet
LEFT OUTER JOIN pg_catalog.pg_description d ON pet."oid" = d.objoid
----
-- name: extensions (PostgreDatabase.ExtensionCache)
-- compare: count
SELECT 
 e.oid,
 cfg.tbls,
  n.nspname as schema_name,
 e.* 
FROM 
 pg_catalog.pg_extension e 
 join pg_namespace n on n.oid =e.extnamespace
 left join  (
         select
            ARRAY_AGG(ns.nspname || '.' ||  cls.relname) tbls, oid_ext
          from
            (
            select
                unnest(e1.extconfig) oid , e1.oid oid_ext
            from
                pg_catalog.pg_extension e1 ) c 
                join    pg_class cls on cls.oid = c.oid 
                join pg_namespace ns on ns.oid = cls.relnamespace
            group by oid_ext        
         ) cfg on cfg.oid_ext = e.oid
ORDER BY e.oid
----
-- name: schema extensions (PostgreSchema.ExtensionCache)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT 
 e.oid,
 cfg.tbls,
 e.* 
FROM 
 pg_catalog.pg_extension e 
 join pg_namespace n on n.oid =e.extnamespace
 left join  (
         select
            ARRAY_AGG(ns.nspname || '.' ||  cls.relname) tbls, oid_ext
          from
            (
            select
                unnest(e1.extconfig) oid , e1.oid oid_ext
            from
                pg_catalog.pg_extension e1 ) c 
                join    pg_class cls on cls.oid = c.oid 
                join pg_namespace ns on ns.oid = cls.relnamespace
            group by oid_ext        
         ) cfg on cfg.oid_ext = e.oid

WHERE e.extnamespace=?
ORDER BY e.oid
----
-- name: schemas (PostgreDatabase.SchemaCache)
SELECT n.oid,n.*,d.description FROM pg_catalog.pg_namespace n
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=n.oid AND d.objsubid=0 AND d.classoid='pg_namespace'::regclass
 ORDER BY nspname
----
-- name: one schema (PostgreDatabase.SchemaCache lookup)
-- param string: SELECT 'dbv'
-- compare: count
SELECT n.oid,n.*,d.description FROM pg_catalog.pg_namespace n
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=n.oid AND d.objsubid=0 AND d.classoid='pg_namespace'::regclass
WHERE nspname=? ORDER BY nspname
----
-- name: schema id (PostgreSchema.readSchemaInfo)
-- param string: SELECT 'dbv'
-- compare: count
SELECT s.oid as schema_id
from pg_catalog.pg_namespace s
WHERE s.nspname =?
----
-- name: schema default privileges (PostgreSchema.readDefaultPrivileges)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT * FROM pg_default_acl WHERE defaclnamespace = ?
----
-- name: tables, views, sequences of a schema (PostgreSchema.TableCache)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT c.oid,c.*,d.description,pg_catalog.pg_get_expr(c.relpartbound, c.oid) as partition_expr,  pg_catalog.pg_get_partkeydef(c.oid) as partition_key 
FROM pg_catalog.pg_class c
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_class'::regclass
WHERE c.relnamespace=? AND c.relkind not in ('i','I','c')
----
-- name: one table (PostgreSchema.TableCache lookup)
-- param long: SELECT 'dbv'::regnamespace::oid
-- param string: SELECT 'orders'
-- compare: count
SELECT c.oid,c.*,d.description,pg_catalog.pg_get_expr(c.relpartbound, c.oid) as partition_expr,  pg_catalog.pg_get_partkeydef(c.oid) as partition_key 
FROM pg_catalog.pg_class c
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_class'::regclass
WHERE c.relnamespace=? AND c.relkind not in ('i','I','c') AND relname=?
----
-- name: columns of a schema (PostgreSchema.TableCache children)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT c.relname,a.*,pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value,dsc.description,dep.objid
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
LEFT OUTER JOIN pg_depend dep on dep.refobjid = a.attrelid AND dep.deptype = 'i' and dep.refobjsubid = a.attnum and dep.classid = dep.refclassid
WHERE NOT a.attisdropped AND c.relkind not in ('i','I','c') AND c.relnamespace=?
ORDER BY a.attnum
----
-- name: columns of a table (PostgreSchema.TableCache children)
-- param long: SELECT 'dbv.customers'::regclass::oid
-- compare: count
SELECT c.relname,a.*,pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value,dsc.description,dep.objid
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
LEFT OUTER JOIN pg_depend dep on dep.refobjid = a.attrelid AND dep.deptype = 'i' and dep.refobjsubid = a.attnum and dep.classid = dep.refclassid
WHERE NOT a.attisdropped AND c.relkind not in ('i','I','c') AND c.oid=?
ORDER BY a.attnum
----
-- name: column names, defaults and comments of a table (PostgreSchema.TableCache children, non-OID columns)
-- param long: SELECT 'dbv.customers'::regclass::oid
-- compare: rows
SELECT a.attname, a.attnum, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated, a.atttypmod,
       format_type(a.atttypid, a.atttypmod), pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value, dsc.description
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
WHERE NOT a.attisdropped AND a.attnum > 0 AND c.oid=?
ORDER BY a.attnum
----
-- name: constraints of a schema (PostgreSchema.ConstraintCache)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT c.oid,c.*,t.relname as tabrelname,rt.relnamespace as refnamespace,d.description, case when c.contype='c' then "substring"(pg_get_constraintdef(c.oid), 7) else null end consrc_copy
FROM pg_catalog.pg_constraint c
INNER JOIN pg_catalog.pg_class t ON t.oid=c.conrelid
LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.confrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_constraint'::regclass
WHERE t.relnamespace=?
ORDER BY c.oid
----
-- name: constraints of a table (PostgreSchema.ConstraintCache)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT c.oid,c.*,t.relname as tabrelname,rt.relnamespace as refnamespace,d.description, case when c.contype='c' then "substring"(pg_get_constraintdef(c.oid), 7) else null end consrc_copy
FROM pg_catalog.pg_constraint c
INNER JOIN pg_catalog.pg_class t ON t.oid=c.conrelid
LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.confrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_constraint'::regclass
WHERE c.conrelid=?
ORDER BY c.oid
----
-- name: constraint names, kinds and keys (PostgreSchema.ConstraintCache, non-OID columns)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: rows
SELECT c.conname, c.contype, c.conkey, c.confkey, c.confupdtype, c.confdeltype, c.confmatchtype, c.condeferrable, c.condeferred,
       t.relname as tabrelname, rt.relname as refname, d.description
FROM pg_catalog.pg_constraint c
INNER JOIN pg_catalog.pg_class t ON t.oid=c.conrelid
LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.confrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_constraint'::regclass
WHERE t.relnamespace=?
ORDER BY t.relname, c.conname
----
-- name: schemas referencing a table (PostgreTable.getReferences)
-- param long: SELECT 'dbv.customers'::regclass::oid
-- compare: count
SELECT DISTINCT connamespace FROM pg_catalog.pg_constraint WHERE confrelid=?
----
-- name: indexes of a schema (PostgreSchema.IndexCache)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT i.*,i.indkey as keys,c.relname,c.relnamespace,c.relam,c.reltablespace,tc.relname as tabrelname,dsc.description,pg_catalog.pg_get_expr(i.indpred, i.indrelid) as pred_expr,pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) as expr,pg_catalog.pg_relation_size(i.indexrelid) as index_rel_size,pg_catalog.pg_stat_get_numscans(i.indexrelid) as index_num_scans
FROM pg_catalog.pg_index i
INNER JOIN pg_catalog.pg_class c ON c.oid=i.indexrelid
INNER JOIN pg_catalog.pg_class tc ON tc.oid=i.indrelid
LEFT OUTER JOIN pg_catalog.pg_description dsc ON i.indexrelid=dsc.objoid
WHERE  c.relnamespace=? ORDER BY c.relname
----
-- name: indexes of a table (PostgreSchema.IndexCache)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT i.*,i.indkey as keys,c.relname,c.relnamespace,c.relam,c.reltablespace,tc.relname as tabrelname,dsc.description,pg_catalog.pg_get_expr(i.indpred, i.indrelid) as pred_expr,pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) as expr,pg_catalog.pg_relation_size(i.indexrelid) as index_rel_size,pg_catalog.pg_stat_get_numscans(i.indexrelid) as index_num_scans
FROM pg_catalog.pg_index i
INNER JOIN pg_catalog.pg_class c ON c.oid=i.indexrelid
INNER JOIN pg_catalog.pg_class tc ON tc.oid=i.indrelid
LEFT OUTER JOIN pg_catalog.pg_description dsc ON i.indexrelid=dsc.objoid
WHERE  i.indrelid=? ORDER BY c.relname
----
-- name: index keys and flags (PostgreSchema.IndexCache, non-OID columns)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: rows
SELECT c.relname, tc.relname as tabrelname, i.indkey as keys, i.indnatts, i.indnkeyatts, i.indisunique, i.indisprimary, i.indoption,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) as pred_expr, pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) as expr
FROM pg_catalog.pg_index i
INNER JOIN pg_catalog.pg_class c ON c.oid=i.indexrelid
INNER JOIN pg_catalog.pg_class tc ON tc.oid=i.indrelid
WHERE  c.relnamespace=? ORDER BY c.relname
----
-- name: expression index column (PostgreSchema.IndexCache.fetchObjectRow)
-- param long: SELECT 'dbv.orders_customer_idx'::regclass::oid
-- param int: SELECT 1
-- compare: rows
select pg_catalog.pg_get_indexdef(?, ?, true)
----
-- name: index DDL (PostgreIndex.getObjectDefinitionText)
-- param long: SELECT 'dbv.orders_customer_idx'::regclass::oid
-- compare: rows
SELECT pg_catalog.pg_get_indexdef(?)
----
-- name: constraint DDL (PostgreTableConstraintBase.getObjectDefinitionText)
-- param long: SELECT oid FROM pg_constraint WHERE conname = 'orders_customer_id_fkey'
-- compare: rows
SELECT pg_catalog.pg_get_constraintdef(?)
----
-- name: table inheritance of a schema (PostgreSchema.loadInheritance)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT i.inhrelid relid, pc.relnamespace parent_ns, pc.oid parent_oid, i.inhseqno
FROM pg_catalog.pg_inherits i, pg_class rc, pg_class pc
WHERE rc.oid=i.inhrelid AND rc.relnamespace=? AND pc.oid=i.inhparent
----
-- name: table parents (PostgreTable.getSuperInheritance)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT i.*,c.relnamespace FROM pg_catalog.pg_inherits i,pg_catalog.pg_class c WHERE i.inhrelid=? AND c.oid=i.inhparent ORDER BY i.inhseqno
----
-- name: table children (PostgreTable.getSubInheritance)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT i.*,c.relnamespace FROM pg_catalog.pg_inherits i,pg_catalog.pg_class c WHERE i.inhparent=? AND c.oid=i.inhrelid
----
-- name: partition range (PostgreTable.getPartitionRange)
-- param string: SELECT 'orders'
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: rows
select pg_get_expr(c.relpartbound, c.oid, true) as partition_range from "pg_catalog".pg_class c where relname = ? and relnamespace = ?;
----
-- name: row level security policies (PostgreTable.PolicyCache)
-- param string: SELECT 'dbv'
-- param string: SELECT 'orders'
-- compare: count
select * from pg_catalog.pg_policies where schemaname=? and tablename=?
----
-- name: schema relation statistics (PostgreSchema.collectObjectStatistics)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
select c.oid,pg_catalog.pg_total_relation_size(c.oid) as total_rel_size,pg_catalog.pg_relation_size(c.oid) as rel_size
FROM pg_class c
WHERE c.relnamespace=?
----
-- name: table statistics (PostgreTableReal.readTableStats)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
select pg_catalog.pg_total_relation_size(?) as total_rel_size,pg_catalog.pg_relation_size(?) as rel_size
----
-- name: triggers of a table (PostgreTableReal.TriggerCache)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT x.oid,x.*,p.pronamespace as func_schema_id,d.description
FROM pg_catalog.pg_trigger x
LEFT OUTER JOIN pg_catalog.pg_proc p ON p.oid=x.tgfoid 
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=x.oid AND d.objsubid=0 
WHERE x.tgrelid = ? AND NOT x.tgisinternal
----
-- name: one trigger (PostgreTableReal.TriggerCache lookup)
-- param long: SELECT 'dbv.orders'::regclass::oid
-- param string: SELECT 'orders_touch'
-- compare: count
SELECT x.oid,x.*,p.pronamespace as func_schema_id,d.description
FROM pg_catalog.pg_trigger x
LEFT OUTER JOIN pg_catalog.pg_proc p ON p.oid=x.tgfoid 
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=x.oid AND d.objsubid=0 
WHERE x.tgrelid = ?
AND x.tgname = ? AND NOT x.tgisinternal
----
-- name: trigger DDL (PostgreTrigger.getObjectDefinitionText)
-- param long: SELECT oid FROM pg_trigger WHERE tgname = 'orders_touch'
-- compare: rows
SELECT pg_catalog.pg_get_triggerdef(?)
----
-- name: trigger enabled state (PostgreTrigger.refreshEnabledState)
-- param long: SELECT oid FROM pg_trigger WHERE tgname = 'orders_touch'
-- compare: rows
SELECT tgenabled FROM pg_catalog.pg_trigger WHERE oid=?
----
-- name: rules of a table (PostgreTableReal.RuleCache)
-- inline tab: SELECT 'dbv.orders'::regclass::oid
-- compare: count
SELECT r.oid,r.*, pg_get_ruledef(r.oid) AS definition
FROM pg_rewrite r
WHERE r.ev_class={tab} AND r.rulename <> '_RETURN'::name
----
-- name: view definition (PostgreViewBase.readObjectDefinition)
-- inline v: SELECT 'dbv.big_orders'::regclass::oid
-- compare: count
SELECT pg_get_viewdef({v}, true)
----
-- name: materialized view definition (PostgreViewBase.readObjectDefinition)
-- inline v: SELECT 'dbv.order_totals'::regclass::oid
-- compare: count
SELECT pg_get_viewdef({v}, true)
----
-- name: sequence values (PostgreSequence.loadAdditionalInfo)
-- param string: SELECT 'dbv'
-- param string: SELECT 'order_no'
-- compare: rows
SELECT * from pg_catalog.pg_sequences WHERE schemaname=? AND sequencename=?
----
-- name: functions of a schema (PostgreSchema.ProceduresCache)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: count
SELECT p.oid as poid,p.*,pg_catalog.pg_get_expr(p.proargdefaults, 0) as arg_defaults,d.description
FROM pg_catalog.pg_proc p
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=p.oid and d.classoid='pg_proc'::regclass  AND d.objsubid = 0
WHERE p.pronamespace=?
ORDER BY p.proname
----
-- name: one function (PostgreSchema.ProceduresCache lookup)
-- param long: SELECT 'dbv'::regnamespace::oid
-- param long: SELECT 'dbv.add'::regproc::oid
-- compare: count
SELECT p.oid as poid,p.*,pg_catalog.pg_get_expr(p.proargdefaults, 0) as arg_defaults,d.description
FROM pg_catalog.pg_proc p
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=p.oid and d.classoid='pg_proc'::regclass  AND d.objsubid = 0
WHERE p.pronamespace=? AND p.oid=?
ORDER BY p.proname
----
-- name: function kinds and arguments (PostgreSchema.ProceduresCache, non-OID columns)
-- param long: SELECT 'dbv'::regnamespace::oid
-- compare: rows
SELECT p.proname, p.prokind, p.pronargs, p.pronargdefaults, p.proargnames, p.proargmodes, p.proretset,
       pg_catalog.pg_get_expr(p.proargdefaults, 0) as arg_defaults, d.description
FROM pg_catalog.pg_proc p
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=p.oid and d.classoid='pg_proc'::regclass  AND d.objsubid = 0
WHERE p.pronamespace=?
ORDER BY p.proname
----
-- name: function source (PostgreProcedure.getObjectDefinitionText)
-- param long: SELECT 'dbv.add'::regproc::oid
-- compare: rows
SELECT prosrc FROM pg_proc where oid = ?
----
-- name: function DDL (PostgreProcedure.getObjectDefinitionText)
-- inline f: SELECT 'dbv.add'::regproc::oid
-- compare: count
SELECT pg_get_functiondef({f})
----
-- name: aggregates of a schema (PostgreSchema.AggregateCache)
-- param long: SELECT 'pg_catalog'::regnamespace::oid
SELECT p.oid AS proc_oid,p.proname AS proc_name,a.*
FROM pg_catalog.pg_aggregate a,pg_catalog.pg_proc p
WHERE p.oid=a.aggfnoid AND p.pronamespace=?
ORDER BY p.proname
----
-- name: aggregate definition (PostgreProcedure.configureAggregateQuery)
-- param string: SELECT 'pg_catalog.every'
-- compare: count
SELECT (pg_identify_object('pg_proc'::regclass, aggfnoid, 0)).identity,
aggtransfn::regproc,
format_type(aggtranstype, NULL) as aggtranstype,
CASE aggfinalfn WHEN '-'::regproc THEN NULL ELSE aggfinalfn::text END,
CASE aggsortop WHEN 0 THEN NULL ELSE oprname END,
agginitval, aggmtransfn, aggminvtransfn,
aggfinalextra, aggmfinalextra, aggserialfn, aggdeserialfn, aggmfinalfn,
format_type(aggmtranstype, NULL) as aggmtranstype
,aggfinalmodify, aggmfinalmodify FROM pg_aggregate
LEFT JOIN pg_operator ON pg_operator.oid = aggsortop
WHERE aggfnoid = ?::regproc
----
-- name: object by name (PostgreNamespace.getObjectByName)
-- param long: SELECT 'dbv'::regnamespace::oid
-- param string: SELECT 'customers'
-- param long: SELECT 'dbv'::regnamespace::oid
-- param string: SELECT 'customers'
-- compare: count
SELECT oid,relkind,reltype FROM pg_catalog.pg_class WHERE relnamespace=? AND relname=?
UNION ALL
SELECT oid,'c',oid FROM pg_catalog.pg_type WHERE typnamespace=? AND typname=?
----
-- name: dependencies of a table (PostgreDependency.readDependencies, dependents)
-- param long: SELECT 'dbv.orders'::regclass::oid
SELECT DISTINCT dep.deptype, dep.classid, dep.objid, cl.relkind, attr.attname,pg_get_expr(ad.adbin, ad.adrelid) adefval,
    CASE WHEN cl.relkind IS NOT NULL THEN cl.relkind::text || COALESCE(dep.objsubid::text, '')::text
        WHEN tg.oid IS NOT NULL THEN 'T'::text
        WHEN ty.oid IS NOT NULL THEN 'y'::text
        WHEN ns.oid IS NOT NULL THEN 'n'::text
        WHEN pr.oid IS NOT NULL THEN 'p'::text
        WHEN la.oid IS NOT NULL THEN 'l'::text
        WHEN rw.oid IS NOT NULL THEN 'R'::text
        WHEN co.oid IS NOT NULL THEN 'C'::text || contype::text
        WHEN ad.oid IS NOT NULL THEN 'A'::text
        ELSE ''
    END AS type,
    COALESCE(coc.relname, clrw.relname, tgr.relname) AS ownertable,
    CASE WHEN cl.relname IS NOT NULL AND att.attname IS NOT NULL THEN cl.relname || '.' || att.attname
    ELSE COALESCE(cl.relname, co.conname, pr.proname, tg.tgname, ty.typname, la.lanname, rw.rulename, ns.nspname)
    END AS refname,
    COALESCE(nsc.nspname, nso.nspname, nsp.nspname, nst.nspname, nsrw.nspname, tgrn.nspname) AS nspname
FROM pg_depend dep
LEFT JOIN pg_class cl ON dep.objid=cl.oid
LEFT JOIN pg_attribute att ON dep.objid=att.attrelid AND dep.objsubid=att.attnum
LEFT JOIN pg_namespace nsc ON cl.relnamespace=nsc.oid
LEFT JOIN pg_proc pr ON dep.objid=pr.oid
LEFT JOIN pg_namespace nsp ON pr.pronamespace=nsp.oid
LEFT JOIN pg_trigger tg ON dep.objid=tg.oid
LEFT JOIN pg_class tgr ON tg.tgrelid=tgr.oid
LEFT JOIN pg_namespace tgrn ON tgr.relnamespace=tgrn.oid
LEFT JOIN pg_type ty ON dep.objid=ty.oid
LEFT JOIN pg_namespace nst ON ty.typnamespace=nst.oid
LEFT JOIN pg_constraint co ON dep.objid=co.oid
LEFT JOIN pg_class coc ON co.conrelid=coc.oid
LEFT JOIN pg_namespace nso ON co.connamespace=nso.oid
LEFT JOIN pg_rewrite rw ON dep.objid=rw.oid
LEFT JOIN pg_class clrw ON clrw.oid=rw.ev_class
LEFT JOIN pg_namespace nsrw ON clrw.relnamespace=nsrw.oid
LEFT JOIN pg_language la ON dep.objid=la.oid
LEFT JOIN pg_namespace ns ON dep.objid=ns.oid
LEFT JOIN pg_attrdef ad ON ad.oid=dep.objid
LEFT JOIN pg_attribute attr ON attr.attrelid=ad.adrelid and attr.attnum=ad.adnum
WHERE dep.refobjid=?
ORDER BY type
----
-- name: sessions (PostgreSessionManager.generateSessionReadQuery)
SELECT sa.* FROM pg_catalog.pg_stat_activity sa
----
-- name: table comment (PostgreUtils.getObjectComment)
-- param string: SELECT 'customers'
-- param string: SELECT 'dbv'
-- compare: rows
select description from pg_catalog.pg_description
join pg_catalog.pg_class on pg_description.objoid = pg_class.oid
join pg_catalog.pg_namespace on pg_class.relnamespace = pg_namespace.oid
where pg_class.relname = ? and pg_namespace.nspname=?
