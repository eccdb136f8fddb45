package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The --http-tokens file: "ROLE SHA256-HEX" lines, comments, and errors that name the line. */
class TokenFileTest {
    @Test
    void linesMapTokenHashesToRoles() {
        String a = TokenFile.newToken();
        String b = TokenFile.newToken();
        TokenFile file = TokenFile.parse("""
                # ROLE  SHA-256
                metrics %s   # prometheus

                alice\t%s
                """.formatted(TokenFile.hash(a), TokenFile.hash(b).toUpperCase()), "tokens.conf");
        assertThat(file.size()).isEqualTo(2);
        assertThat(file.roleOf(a)).isEqualTo("metrics");
        assertThat(file.roleOf(b)).isEqualTo("alice");
        assertThat(file.roleOf(TokenFile.hash(a))).isNull();
        assertThat(file.roleOf("")).isNull();
    }

    @Test
    void hashIsSha256InHexAndTokensAreRandom() {
        // sha256("abc"), FIPS 180-2's example
        assertThat(TokenFile.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenFile.newToken();
        assertThat(token).startsWith("pgl_").hasSize(4 + 43).doesNotContain(".");
        assertThat(TokenFile.newToken()).isNotEqualTo(token);
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> TokenFile.parse("# ok\nalice not-a-hash\n", "t.conf"))
                .hasMessageStartingWith("t.conf:2: expected \"ROLE SHA256-HEX\"");
        assertThatThrownBy(() -> TokenFile.parse("alice " + "a".repeat(64) + " extra\n", "t.conf"))
                .hasMessageStartingWith("t.conf:1:");
        String hash = TokenFile.hash("x");
        assertThatThrownBy(() -> TokenFile.parse("alice " + hash + "\nbob " + hash + "\n", "t.conf"))
                .hasMessage("t.conf:2: this token hash already stands for role \"alice\"");
    }
}
