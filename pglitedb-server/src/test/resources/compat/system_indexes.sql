-- the system catalogs' own indexes: pg_class, pg_index, pg_attribute and pg_constraint rows as in PostgreSQL 15
-- every catalog with OIDs has a unique index on them (regress sanity_check)
SELECT relname, nspname
 FROM pg_class c LEFT JOIN pg_namespace n ON n.oid = relnamespace JOIN pg_attribute a ON (attrelid = c.oid AND attname = 'oid')
 WHERE relkind = 'r' and c.oid < 16384
     AND ((nspname ~ '^pg_') IS NOT FALSE)
     AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE indrelid = c.oid
                     AND indkey[0] = a.attnum AND indnatts = 1
                     AND indisunique AND indimmediate);
select c.oid, c.relname, c.relkind, c.relam, c.relnatts, i.indrelid::regclass, i.indnatts, i.indkey, i.indclass,
       i.indcollation, i.indisunique, i.indisprimary, i.indimmediate
  from pg_index i join pg_class c on c.oid = i.indexrelid
 where c.relnamespace = 'pg_catalog'::regnamespace and i.indrelid in ('pg_class'::regclass, 'pg_attribute'::regclass)
 order by c.oid;
select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid where c.relnamespace = 11;
select attrelid::regclass, attname, atttypid::regtype, attnum from pg_attribute
 where attrelid = 'pg_attribute_relid_attnum_index'::regclass order by attnum;
select oid, conname, contype, conrelid::regclass, conindid::regclass, conkey, pg_get_constraintdef(oid)
  from pg_constraint where conrelid = 'pg_class'::regclass order by oid;
select pg_get_indexdef('pg_type_typname_nsp_index'::regclass), pg_get_indexdef('pg_type_typname_nsp_index'::regclass, 2, true);
select relname, relhasindex from pg_class where oid in ('pg_class'::regclass, 'pg_user'::regclass) order by 1;
\di pg_catalog.pg_class*
\d pg_class_oid_index
\d pg_catalog.pg_attribute_relid_attnam_index
select * from pg_indexes where tablename = 'pg_class' order by indexname;
