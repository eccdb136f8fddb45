package io.pglitedb.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.sql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Constants become $n as pg_stat_statements shows them; the rest of the text is kept. */
class NormalizedTextTest {

    @Test
    void constantsBecomeParametersAfterTheExistingOnes() {
        assertThat(Parser.normalizeConstants("select * from t where a = 1 and b = 'x' and c = $1"))
                .isEqualTo("select * from t where a = $2 and b = $3 and c = $1");
        assertThat(Parser.normalizeConstants("SELECT 1.5, E'a\\'b', x'1f', interval '1 day'"))
                .isEqualTo("SELECT $1, $2, $3, interval $4");
    }

    @Test
    void aMinusSignBelongsToTheConstantOnlyWhereItCannotBeASubtraction() {
        assertThat(Parser.normalizeConstants("select -1, a - 1, f(-2), a = -3, (b) - 4"))
                .isEqualTo("select $1, a - $2, f($3), a = $4, (b) - $5");
    }

    @Test
    void identifiersAndCommentsAreKept() {
        assertThat(Parser.normalizeConstants("select \"1\" from t1 -- 5\nlimit 10"))
                .isEqualTo("select \"1\" from t1 -- 5\nlimit $1");
    }
}
