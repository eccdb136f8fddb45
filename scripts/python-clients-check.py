#!/usr/bin/python3
"""SQLAlchemy reflection and psycopg2 round trips against one server, as a transcript.

    python-clients-check.py HOST PORT DATABASE

Creates a small schema in DATABASE (which should be empty), then prints what SQLAlchemy's
inspector reflects (schemas, tables, columns, keys, foreign keys, indexes, unique and check
constraints, views, sequences) and what psycopg2 reads back for values of the common types, in
text and binary-free form (Python reprs). Run against PostgreSQL 15 it records the expected
transcript; run against PGLiteDB the output must be the same (PythonClientsTest compares them).
"""
import datetime
import decimal
import json
import sys
import uuid

import psycopg2
import psycopg2.extras
import sqlalchemy
from sqlalchemy import inspect

host, port, database = sys.argv[1], int(sys.argv[2]), sys.argv[3]

SCHEMA = [
    "CREATE TABLE customers (id serial PRIMARY KEY, email varchar(100) UNIQUE NOT NULL,"
    " age int CHECK (age >= 0), joined date DEFAULT current_date, score numeric(10,2),"
    " active boolean DEFAULT true, note text)",
    "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " customer_id int REFERENCES customers ON DELETE CASCADE, placed timestamptz, code char(3))",
    "CREATE SEQUENCE invoice_no START 100",
    "CREATE SCHEMA billing",
    "CREATE TABLE billing.invoices (no int PRIMARY KEY, total numeric(12,2) NOT NULL,"
    " order_id bigint REFERENCES public.orders (id))",
    "CREATE TABLE lines (order_id bigint, line int, qty int NOT NULL DEFAULT 1, item text, tags text[],"
    " PRIMARY KEY (order_id, line), CONSTRAINT lines_order FOREIGN KEY (order_id) REFERENCES orders"
    " ON UPDATE RESTRICT ON DELETE SET NULL, CONSTRAINT item_line UNIQUE (item, line))",
    "CREATE INDEX lines_item ON lines (item DESC, qty)",
    "CREATE UNIQUE INDEX lines_qty_item ON lines (qty, item)",
    "CREATE VIEW customer_emails AS SELECT id, email FROM customers",
]

conn = psycopg2.connect(host=host, port=port, dbname=database, user="postgres")
conn.autocommit = True
cur = conn.cursor()
for sql in SCHEMA:
    cur.execute(sql)


def show(label, value):
    print(label + ": " + repr(value))


engine = sqlalchemy.create_engine(f"postgresql+psycopg2://postgres@{host}:{port}/{database}")
insp = inspect(engine)
show("schemas", sorted(s for s in insp.get_schema_names() if not s.startswith("pg_temp")))
for schema in ("public", "billing"):
    show(schema + " tables", sorted(insp.get_table_names(schema=schema)))
    show(schema + " views", sorted(insp.get_view_names(schema=schema)))
    show(schema + " sequences", sorted(insp.get_sequence_names(schema=schema)))
    for table in sorted(insp.get_table_names(schema=schema)):
        prefix = schema + "." + table
        for c in insp.get_columns(table, schema=schema):
            c = dict(c)
            c["type"] = repr(c["type"])
            show(prefix + " column", sorted(c.items()))
        show(prefix + " pk", sorted(insp.get_pk_constraint(table, schema=schema).items()))
        show(prefix + " fks", [sorted(fk.items()) for fk in
                               sorted(insp.get_foreign_keys(table, schema=schema), key=lambda f: f["name"])])
        show(prefix + " indexes", [sorted(i.items()) for i in
                                   sorted(insp.get_indexes(table, schema=schema), key=lambda i: i["name"])])
        show(prefix + " uniques", [sorted(u.items()) for u in
                                   sorted(insp.get_unique_constraints(table, schema=schema), key=lambda u: u["name"])])
        show(prefix + " checks", [sorted(u.items()) for u in
                                  sorted(insp.get_check_constraints(table, schema=schema), key=lambda u: u["name"])])
for c in insp.get_columns("customer_emails"):
    show("customer_emails column", (c["name"], repr(c["type"]), c["nullable"]))

meta = sqlalchemy.MetaData()
meta.reflect(bind=engine)
for t in sorted(meta.tables):
    table = meta.tables[t]
    show("reflected " + t, [(c.name, repr(c.type), c.primary_key, c.nullable) for c in table.columns])
    show("reflected " + t + " fks", sorted(str(fk.target_fullname) for fk in table.foreign_keys))
engine.dispose()

# psycopg2 round trips: each value sent as a parameter and read back
VALUES = [
    ("smallint", 32767), ("integer", -2147483648), ("bigint", 9223372036854775807),
    ("numeric", decimal.Decimal("12345.678900")), ("numeric(10,2)", decimal.Decimal("-3.14")),
    ("real", 1.5), ("double precision", 2.718281828459045), ("boolean", True), ("text", "héllo ☃"),
    ("varchar(10)", "abc"), ("char(5)", "ab"), ("bytea", psycopg2.Binary(b"\x00\x01\xff")),
    ("date", datetime.date(2024, 2, 29)), ("time", datetime.time(13, 45, 30, 123456)),
    ("timestamp", datetime.datetime(2024, 1, 2, 3, 4, 5, 678000)),
    ("timestamptz", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)),
    ("interval", datetime.timedelta(days=3, hours=4, seconds=5)),
    ("uuid", str(uuid.UUID("12345678-1234-5678-1234-567812345678"))),
    ("json", json.dumps({"a": [1, 2, None]})), ("jsonb", json.dumps({"b": {"c": "d"}, "a": 1})),
    ("integer[]", [1, 2, 3]), ("text[]", ["x", "y z", None]), ("numeric[]", [decimal.Decimal("1.5")]),
    ("boolean", None),
]
cur.execute("SET TIME ZONE 'UTC'")
cur.execute("CREATE TABLE roundtrip (n int PRIMARY KEY, type text, v text)")
for i, (type_name, value) in enumerate(VALUES):
    cur.execute("SELECT (%s)::" + type_name, (value,))
    got = cur.fetchone()[0]
    if isinstance(got, memoryview):
        got = bytes(got)
    show("select " + type_name, got)
    cur.execute("SELECT pg_typeof((%s)::" + type_name + ")::text", (value,))
    show("  type", cur.fetchone()[0])
cur.execute("SELECT 1 AS a, 'x'::text AS b, NULL::int AS c, now() IS NOT NULL AS d")
show("description", [(d.name, d.type_code) for d in cur.description])
rows = [(i, "t%d" % i, None if i % 3 == 0 else "v%d" % i) for i in range(1, 21)]
psycopg2.extras.execute_values(cur, "INSERT INTO roundtrip VALUES %s", rows)
show("executemany rowcount", cur.rowcount)
cur.execute("SELECT * FROM roundtrip WHERE n <= %(max)s ORDER BY n DESC", {"max": 4})
show("dict params", cur.fetchall())
conn.autocommit = False
cur.execute("SELECT n FROM roundtrip ORDER BY n")
show("fetchmany", [cur.fetchmany(7), cur.fetchmany(7), len(cur.fetchall())])
conn.commit()
try:
    cur.execute("SELECT 1/0")
except psycopg2.Error as e:
    show("error", (e.pgcode, e.pgerror.splitlines()[0]))
conn.rollback()
cur.execute("INSERT INTO roundtrip VALUES (100, 'rolled', 'back')")
conn.rollback()
cur.execute("SELECT count(*) FROM roundtrip")
show("after rollback", cur.fetchone()[0])
conn.commit()
conn.close()
