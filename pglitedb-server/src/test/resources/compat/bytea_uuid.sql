-- bytea: input in hex and escape formats, output by bytea_output, functions and operators
SELECT '\x4142'::bytea AS hex, 'ab\001\\'::bytea AS escaped, '\x41 42'::bytea AS spaced, ''::bytea AS empty;
SELECT '\xzz'::bytea;
SELECT '\x123'::bytea;
SELECT 'a\q'::bytea;
SET bytea_output = escape;
SELECT '\x41420001ff5c'::bytea AS escaped_output, 'abc'::bytea::text AS as_text;
SET bytea_output = 'nonsense';
SET bytea_output = hex;
SELECT length('\x4142'::bytea), octet_length('abc'::bytea), bit_length('ab'::bytea), 'ab'::bytea || 'cd'::bytea AS cat;
SELECT substring('\x01020304'::bytea from 2 for 2) AS s1, substr('\x01020304'::bytea, 3) AS s2,
       position('\x03'::bytea in '\x010203'::bytea) AS pos;
SELECT substring('\x01020304'::bytea from 2 for -1);
SELECT encode('abc\000\377'::bytea, 'hex') AS hex, encode('abc'::bytea, 'base64') AS b64,
       encode('a\\b\001\200'::bytea, 'escape') AS esc;
SELECT decode('YWJj', 'base64') AS b64, decode('616263', 'hex') AS hex, decode('a\\b\001', 'escape') AS esc;
SELECT decode('61626', 'hex');
SELECT decode('YW=Jj', 'base64');
SELECT encode('abc'::bytea, 'rot13');
SELECT encode(decode(repeat('ab', 60), 'hex'), 'base64');
SELECT md5('abc'::bytea), sha256('abc'), sha224(''::bytea), sha512('x'::bytea) = sha512('x'::bytea) AS same;
SELECT get_byte('abc'::bytea, 1), set_byte('abc'::bytea, 1, 65), get_bit('\x01'::bytea, 0), set_bit('\x00'::bytea, 7, 1);
SELECT get_byte('abc'::bytea, 5);
SELECT 'a'::bytea < 'b'::bytea AS lt, 'a'::bytea = 'a'::bytea AS eq, '\x00'::bytea > '\x'::bytea AS longer;
SELECT overlay('\x1234567890'::bytea placing '\x0203'::bytea from 2) AS o1,
       overlay('\x1234567890'::bytea placing '\x'::bytea from 2 for 3) AS o2;
SELECT btrim('\x1234567890'::bytea, '\x9012'::bytea) AS b, ltrim('\x1234'::bytea, '\x12'::bytea) AS l,
       rtrim('\x1234'::bytea, '\x34'::bytea) AS r;
SELECT convert_from(convert_to('héllo', 'UTF8'), 'UTF8') AS roundtrip, convert_to('é', 'UTF8') AS bytes;
SELECT 'x'::text || '\x41'::bytea AS text_cat;
SELECT ('\x41'::bytea || '\x42') = '\x4142'::bytea AS bytea_cat;
CREATE TABLE blobs (id int PRIMARY KEY, data bytea);
INSERT INTO blobs VALUES (1, '\x00ff'), (2, 'plain'), (3, NULL), (4, '\x00ff'), (5, '');
SELECT data, count(*) FROM blobs GROUP BY data ORDER BY data;
SELECT DISTINCT data FROM blobs ORDER BY data DESC NULLS LAST;
CREATE INDEX blobs_data ON blobs (data);
SELECT id FROM blobs WHERE data = '\x00ff' ORDER BY id;
-- uuid: every accepted spelling, ordering, keys
SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS standard,
       '{A0EEBC999C0B4EF8BB6D6BB9BD380A11}'::uuid AS braces,
       'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid AS groups,
       'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid AS bare;
SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid;
SELECT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
SELECT 'a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11x'::uuid;
SELECT '-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
CREATE TABLE things (id uuid PRIMARY KEY, name text);
INSERT INTO things VALUES ('ffffffff-0000-4000-8000-000000000000', 'high'),
    ('00000000-0000-4000-8000-000000000000', 'low'), ('7fffffff-ffff-4fff-8fff-ffffffffffff', 'middle');
INSERT INTO things VALUES ('FFFFFFFF-0000-4000-8000-000000000000', 'duplicate');
SELECT * FROM things ORDER BY id;
SELECT name FROM things WHERE id > '7fffffff-ffff-4fff-8fff-ffffffffffff' ORDER BY name;
SELECT name FROM things WHERE id = '{00000000000040008000000000000000}';
INSERT INTO things VALUES (gen_random_uuid(), 'random'), (gen_random_uuid(), 'random');
SELECT count(DISTINCT id), count(*) FROM things WHERE name = 'random';
SELECT length(gen_random_uuid()::text), substr(gen_random_uuid()::text, 15, 1) AS version;
SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text;
