package io.pglitedb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class HbaRulesTest {
    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void firstMatchingLineWins() throws Exception {
        HbaRules rules = HbaRules.parse("""
                # comment
                local   all      all                    trust
                host    secret   all      10.0.0.0/8    reject
                hostssl all      all      10.0.0.0/8    scram-sha-256
                host    all      alice,+ops 10.1.0.0 255.255.0.0 password
                host    sameuser all      all           md5   # options after the method are ignored
                host    all      all      ::1/128       trust
                """, "test");
        assertThat(rules.match(false, "secret", "bob", ip("10.1.2.3")).method()).isEqualTo(HbaRules.Method.REJECT);
        assertThat(rules.match(true, "app", "bob", ip("10.1.2.3")).method()).isEqualTo(HbaRules.Method.SCRAM_SHA_256);
        assertThat(rules.match(false, "app", "alice", ip("10.1.2.3")).method()).isEqualTo(HbaRules.Method.PASSWORD);
        assertThat(rules.match(false, "app", "ops", ip("10.1.2.3")).method()).isEqualTo(HbaRules.Method.PASSWORD);
        assertThat(rules.match(false, "bob", "bob", ip("10.2.0.1")).method()).isEqualTo(HbaRules.Method.MD5);
        assertThat(rules.match(false, "app", "bob", ip("::1")).method()).isEqualTo(HbaRules.Method.TRUST);
        assertThat(rules.match(false, "app", "bob", ip("192.168.0.1"))).isNull();
    }

    @Test
    void defaultsTrustLoopbackOnly() throws Exception {
        Authentication auth = new Authentication(HbaRules.defaults());
        assertThat(auth.method(false, "postgres", "postgres", ip("127.0.0.1"))).isEqualTo(HbaRules.Method.TRUST);
        assertThat(auth.method(false, "postgres", "postgres", ip("::1"))).isEqualTo(HbaRules.Method.TRUST);
        assertThat(auth.method(false, "postgres", "postgres", ip("192.168.1.5")))
                .isEqualTo(HbaRules.Method.SCRAM_SHA_256);
    }

    @Test
    void refusalsUsePostgresTexts() throws Exception {
        Authentication auth = new Authentication(HbaRules.parse("host db all all reject", "t"));
        assertThatThrownBy(() -> auth.method(false, "db", "u", ip("10.0.0.1"))).isInstanceOf(PgException.class)
                .hasMessage("pg_hba.conf rejects connection for host \"10.0.0.1\", user \"u\", database \"db\", no encryption");
        assertThatThrownBy(() -> auth.method(false, "other", "u", ip("10.0.0.1"))).isInstanceOf(PgException.class)
                .hasMessage("no pg_hba.conf entry for host \"10.0.0.1\", user \"u\", database \"other\", no encryption");
    }

    @Test
    void badLinesNameTheirLine() {
        assertThatThrownBy(() -> HbaRules.parse("host all all 127.0.0.1/32 trust\nhost all all 1.2.3.4/40 trust", "f"))
                .hasMessageContaining("invalid CIDR mask").hasMessageContaining("line 2 of f");
        assertThatThrownBy(() -> HbaRules.parse("host all all all ident", "f"))
                .hasMessageContaining("invalid authentication method \"ident\"");
        assertThatThrownBy(() -> HbaRules.parse("host all all example.com trust", "f"))
                .hasMessageContaining("host names are not supported");
        assertThatThrownBy(() -> HbaRules.parse("hots all all all trust", "f"))
                .hasMessageContaining("invalid connection type \"hots\"");
    }
}
