package io.pglitedb.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import org.junit.jupiter.api.Test;

class LikeTest {
    @Test
    void wildcards() {
        assertThat(Functions.like("hello", "h%o", '\\', false)).isTrue();
        assertThat(Functions.like("hello", "h_llo", '\\', false)).isTrue();
        assertThat(Functions.like("hello", "h_lo", '\\', false)).isFalse();
        assertThat(Functions.like("", "%", '\\', false)).isTrue();
        assertThat(Functions.like("abc", "%b%c%", '\\', false)).isTrue();
        assertThat(Functions.like("aXbXc", "%X_", '\\', false)).isTrue();
        assertThat(Functions.like("HeLLo", "hel%", '\\', true)).isTrue();
        assertThat(Functions.like("HeLLo", "hel%", '\\', false)).isFalse();
    }

    @Test
    void literalSegmentsBetweenPercents() {
        assertThat(Functions.like("a special x requests", "%special%requests%", '\\', false)).isTrue();
        assertThat(Functions.like("requests then special", "%special%requests%", '\\', false)).isFalse();
        assertThat(Functions.like("ab", "a%b", '\\', false)).isTrue();
        assertThat(Functions.like("a", "a%a", '\\', false)).isFalse(); // prefix and suffix may not overlap
        assertThat(Functions.like("aba", "a%a", '\\', false)).isTrue();
        assertThat(Functions.like("abcbc", "a%bc", '\\', false)).isTrue();
        assertThat(Functions.like("xbcx", "%bc%bc%", '\\', false)).isFalse();
        assertThat(Functions.like("forest green", "forest%", '\\', false)).isTrue();
        assertThat(Functions.like("PROMO BRUSHED", "PROMO%", '\\', false)).isTrue();
        assertThat(Functions.like("abc", "abc", '\\', false)).isTrue();
        assertThat(Functions.like("abcd", "abc", '\\', false)).isFalse();
        assertThat(Functions.like("", "%%", '\\', false)).isTrue();
        assertThat(Functions.like("x", "", '\\', false)).isFalse();
    }

    @Test
    void escapes() {
        assertThat(Functions.like("50%", "50\\%", '\\', false)).isTrue();
        assertThat(Functions.like("501", "50\\%", '\\', false)).isFalse();
        assertThat(Functions.like("a_b", "a#_b", '#', false)).isTrue();
        assertThat(Functions.like("a\\b", "a\\b", (char) 0, false)).isTrue();
        assertThatThrownBy(() -> Functions.like("abc", "ab\\", '\\', false))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22025");
                    assertThat(e.getMessage()).isEqualTo("LIKE pattern must not end with escape character");
                });
    }
}
