package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Assignments to array elements, array slices and jsonb paths ({@code UPDATE t SET a[2] = x},
 * {@code INSERT INTO t (a[1:2])}, {@code SET j['k'][0] = v}): every expected text (or error) was
 * printed by PostgreSQL 15 for the same statements in the same order (null: no expectation).
 */
class SubscriptAssignmentSqlTest {
    private static final String[][] CASES = {
            {"create table arr (id int primary key, a int[], m int[][], j jsonb)", null},
            {"insert into arr values (1, '{1,2,3}', '{{1,2},{3,4}}', null), (2, null, null, '{\"x\": 1}')", null},
            {"update arr set a[5] = 50, a[0] = 0 where id = 1 returning a", "[0:5]={0,1,2,3,NULL,50}"},
            {"update arr set a[-1] = -1 where id = 2 returning a", "[-1:-1]={-1}"},
            {"update arr set m[2][1] = 30 where id = 1 returning m", "{{1,2},{30,4}}"},
            {"update arr set m[3][1] = 30 where id = 1 returning m", "ERROR:array subscript out of range"},
            {"update arr set m[1] = 30 where id = 1 returning m", "ERROR:wrong number of array subscripts"},
            {"update arr set a[null] = 1 returning a", "ERROR:array subscript in assignment must not be null"},
            {"update arr set a[1:2] = '{100,200,300}' where id = 1 returning a", "[0:5]={0,100,200,3,NULL,50}"},
            {"update arr set a[:1] = '{7,8,9}' where id = 1 returning a", "[0:5]={7,8,200,3,NULL,50}"},
            {"update arr set a[7:8] = array[7,8] where id = 1 returning a", "[0:8]={7,8,200,3,NULL,50,NULL,7,8}"},
            {"update arr set a[2:1] = '{1}' where id = 1 returning a", "ERROR:upper bound cannot be less than lower bound"},
            {"update arr set a[1:3] = '{1}' where id = 1 returning a", "ERROR:source array too small"},
            {"update arr set a = null where id = 2", null},
            {"update arr set a[:2] = '{1,2}' where id = 2 returning a", "ERROR:array slice subscript must provide both boundaries"},
            {"update arr set a[1:2] = '{1,2}', m[1:1][1:2] = '{{5,6}}' where id = 2 returning a::text || m::text", "{1,2}{{5,6}}"},
            {"update arr set a = '{1}', a[1] = 3 returning a", "ERROR:multiple assignments to same column \"a\""},
            {"update arr set a[1:2] = 5 returning a", "ERROR:subscripted assignment to \"a\" requires type integer[] but expression is of type integer"},
            {"insert into arr (id, a[2], a[4]) values (3, 10, 20) returning a", "[2:4]={10,NULL,20}"},
            {"insert into arr (id, a[1:2], m[2][2]) values (4, '{1,2}', 5) returning m", "[2:2][2:2]={{5}}"},
            {"update arr set j['b'][2]['c'] = '\"x\"' where id = 1 returning j", "{\"b\": [null, null, {\"c\": \"x\"}]}"},
            {"update arr set j[0] = 'true' where id = 1 returning j", "{\"0\": true, \"b\": [null, null, {\"c\": \"x\"}]}"},
            {"update arr set j['b'][-1] = '5' where id = 1 returning j", "{\"0\": true, \"b\": [null, null, 5]}"},
            {"update arr set j['b'][-9] = '5' where id = 1 returning j", "ERROR:path element at position 2 is out of range: -9"},
            {"update arr set j['x']['z'] = '5' where id = 2 returning j", "ERROR:cannot replace existing key"},
            {"update arr set j[1] = '\"first\"' where id = 3 returning j", "[null, \"first\"]"},
    };

    @Test
    void assignmentsGivePostgresResults() throws SQLException {
        assertThat(SqlCases.mismatches("subscript_assign_", CASES)).isEmpty();
    }
}
