// node-postgres round trips against one server, as a transcript:
//   node check.js HOST PORT DATABASE
// Values of the common types sent as parameters (extended protocol) and read back, simple-protocol
// queries, named prepared statements, arrays, JSON, bytea, errors with their fields, transactions.
// Run against PostgreSQL 15 it records the expected transcript (scripts/record-clients.sh node);
// ClientLibrariesTest runs it against PGLiteDB and compares.
process.env.TZ = 'UTC';
const { Client } = require('pg');

const [host, port, database] = process.argv.slice(2);

function show(label, value) {
  console.log(label + ': ' + JSON.stringify(value, (k, v) => {
    if (typeof v === 'bigint') return v.toString() + 'n';
    if (v && v.type === 'Buffer' && Array.isArray(v.data)) return 'Buffer[' + v.data.join(',') + ']';
    return v;
  }));
}

async function main() {
  const c = new Client({ host, port: Number(port), database, user: 'postgres' });
  await c.connect();
  await c.query("SET TIME ZONE 'UTC'");
  const values = [
    ['smallint', 32767], ['integer', -2147483648], ['bigint', '9223372036854775807'],
    ['numeric', '12345.678900'], ['numeric(10,2)', '-3.14'], ['real', 1.5], ['double precision', 2.718281828459045],
    ['boolean', true], ['text', 'héllo ☃'], ['varchar(10)', 'abc'], ['char(5)', 'ab'],
    ['bytea', Buffer.from([0, 1, 255])], ['date', '2024-02-29'], ['time', '13:45:30.123456'],
    ['timestamp', '2024-01-02 03:04:05.678'], ['timestamptz', new Date(Date.UTC(2024, 0, 2, 3, 4, 5))],
    ['interval', '3 days 04:00:05'], ['uuid', '12345678-1234-5678-1234-567812345678'],
    ['json', JSON.stringify({ a: [1, 2, null] })], ['jsonb', { b: { c: 'd' }, a: 1 }],
    ['integer[]', [1, 2, 3]], ['text[]', ['x', 'y z', null]], ['numeric[]', ['1.5']], ['boolean', null],
  ];
  for (const [type, value] of values) {
    const r = await c.query('SELECT $1::' + type + ' AS v, pg_typeof($1::' + type + ')::text AS t', [value]);
    const v = r.rows[0].v;
    show('param ' + type, [v instanceof Date ? v.toISOString() : v, r.rows[0].t, r.fields[0].dataTypeID]);
  }
  const simple = await c.query("SELECT 1::int2 AS a, 2::int8 AS b, 'x'::text AS c, NULL AS d, ARRAY[1,2] AS e, '{\"k\": 1}'::jsonb AS f, '\\x00ff'::bytea AS g, 1.50::numeric AS h, true AS i, '2024-01-01'::date AS j");
  show('simple', simple.rows[0]);
  show('fields', simple.fields.map(f => [f.name, f.dataTypeID, f.format]));
  await c.query('CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, price numeric(8,2), tags text[], meta jsonb)');
  const ins = await c.query('INSERT INTO items (name, price, tags, meta) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) RETURNING id',
    ['apple', '1.25', ['fruit', 'red'], { origin: 'x' }, 'pear', null, [], null]);
  show('insert', [ins.command, ins.rowCount, ins.rows]);
  for (let i = 0; i < 3; i++) {
    const r = await c.query({ name: 'by_id', text: 'SELECT name, price, tags, meta FROM items WHERE id = $1', values: [i] });
    show('prepared ' + i, r.rows);
  }
  const upd = await c.query('UPDATE items SET price = price * 2 WHERE price IS NOT NULL');
  show('update', [upd.command, upd.rowCount]);
  const arr = await c.query({ text: 'SELECT id, name FROM items ORDER BY id', rowMode: 'array' });
  show('rowMode array', arr.rows);
  try {
    await c.query('INSERT INTO items (name) VALUES (NULL)');
  } catch (e) {
    show('error', [e.code, e.message, e.severity, e.table, e.column, e.schema]);
  }
  try {
    await c.query('SELECT * FROM no_such_table');
  } catch (e) {
    show('error', [e.code, e.message, e.position]);
  }
  await c.query('BEGIN');
  await c.query("INSERT INTO items (name) VALUES ('rolled back')");
  await c.query('ROLLBACK');
  const count = await c.query('SELECT count(*) FROM items');
  show('after rollback', count.rows[0]);
  const multi = await c.query('SELECT 1 AS one; SELECT 2 AS two');
  show('multi', multi.map(r => r.rows));
  await c.end();
}

main().catch(e => { console.log('FAILED: ' + e.message); process.exit(1); });
