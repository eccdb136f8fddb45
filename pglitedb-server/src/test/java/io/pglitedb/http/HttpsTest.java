package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import io.pglitedb.wire.TlsConfig;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the server's TLS settings the HTTP door speaks HTTPS, and hostssl rules apply to it. */
class HttpsTest {
    @TempDir
    Path dir;

    @Test
    void httpsWithTheServersCertificateMatchesHostsslRules() throws Exception {
        TlsConfig tls = TlsConfig.selfSigned(dir, "localhost");
        Authentication rules = new Authentication(HbaRules.parse("hostssl all all 127.0.0.1/32 trust", "test"));
        try (Database database = Database.openInMemory();
                HttpDoor door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0), rules, tls)) {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            HttpClient client = HttpClient.newBuilder().sslContext(trustAll).build();
            var r = new HttpTestClient("https://127.0.0.1:" + door.port(), client).sql("SELECT 42");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().at("/rows/0/0").asInt()).isEqualTo(42);
        }
    }
}
