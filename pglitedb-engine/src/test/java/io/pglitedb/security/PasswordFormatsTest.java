package io.pglitedb.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored password formats interoperate with PostgreSQL 15's (fixtures made by it, see each test). */
class PasswordFormatsTest {
    /** PostgreSQL 15: CREATE ROLE scram_fixture PASSWORD 'correct horse'; SELECT rolpassword FROM pg_authid. */
    private static final String PG_SCRAM = "SCRAM-SHA-256$4096:RMoNm2kHwMHbyyzhKoLtrw==$"
            + "hgaZ1YKb3DT7jxrEKe57I8KSq/DDY9gb7RCZg9Jdbaw=:g5HnuOBi/Myz73SLAdVIDjEdhF37tvPToGnQUHxnq8U=";
    /** The same with SET password_encryption = 'md5', role md5_fixture. */
    private static final String PG_MD5 = "md5018793342ac1df23795475836e6fab9d";

    @Test
    void aVerifierMadeByPostgresChecksTheSamePasswords() {
        ScramSha256.Verifier verifier = ScramSha256.Verifier.parse(PG_SCRAM);
        assertThat(verifier).isNotNull();
        assertThat(verifier.iterations()).isEqualTo(4096);
        assertThat(verifier.matches("correct horse")).isTrue();
        assertThat(verifier.matches("correct horse ")).isFalse();
        assertThat(verifier.text()).isEqualTo(PG_SCRAM);
        assertThat(Authentication.checkCleartext(PG_SCRAM, "anyone", "correct horse")).isTrue();
    }

    @Test
    void ourVerifiersHavePostgresFormAndAFreshSaltEachTime() {
        String a = ScramSha256.encrypt("s3cret");
        String b = ScramSha256.encrypt("s3cret");
        assertThat(a).matches("SCRAM-SHA-256\\$4096:[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}");
        assertThat(a).isNotEqualTo(b);
        assertThat(ScramSha256.Verifier.parse(a).matches("s3cret")).isTrue();
        assertThat(ScramSha256.Verifier.parse(b).matches("S3cret")).isFalse();
    }

    @Test
    void md5FormsMatchPostgres() {
        assertThat(Md5Password.encrypt("correct horse", "md5_fixture")).isEqualTo(PG_MD5);
        assertThat(Authentication.checkCleartext(PG_MD5, "md5_fixture", "correct horse")).isTrue();
        assertThat(Authentication.checkCleartext(PG_MD5, "other_user", "correct horse")).isFalse();
        // what libpq answers to salt 01 02 03 04: "md5" + md5(hex(md5(password + user)) + salt)
        byte[] salt = {1, 2, 3, 4};
        String inner = PG_MD5.substring(3);
        String response = Md5Password.encrypt(inner, new String(salt, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(Md5Password.checkResponse(PG_MD5, salt, response)).isTrue();
        assertThat(Md5Password.checkResponse(PG_MD5, new byte[] {1, 2, 3, 5}, response)).isFalse();
    }

    @Test
    void storedFormKeepsEncryptedPasswordsAndEncryptsOthers() {
        assertThat(Authentication.storedForm(PG_SCRAM, "u", "scram-sha-256")).isEqualTo(PG_SCRAM);
        assertThat(Authentication.storedForm(PG_MD5, "u", "scram-sha-256")).isEqualTo(PG_MD5);
        assertThat(Authentication.storedForm("pw", "u", "md5")).isEqualTo(Md5Password.encrypt("pw", "u"));
        assertThat(Authentication.storedForm("pw", "u", "scram-sha-256")).startsWith("SCRAM-SHA-256$4096:");
    }
}
