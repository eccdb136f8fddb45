package io.pglitedb.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server's TLS identity: an SSLContext for SSLRequest upgrades, and the
 * {@code tls-server-end-point} channel-binding data (RFC 5929: a hash of the certificate) for
 * SCRAM-SHA-256-PLUS. Made from PEM files (certificate chain and a PKCS#8 key, as PostgreSQL's
 * ssl_cert_file / ssl_key_file) or, for development, a self-signed certificate generated once
 * with the JDK's keytool and kept in a directory.
 */
public final class TlsConfig {
    private static final char[] STORE_PASSWORD = "pglitedb".toCharArray();

    private final SSLContext context;
    private final byte[] endPointBinding;
    private final String description;

    private TlsConfig(KeyStore store, char[] password, String description) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys.getKeyManagers(), null, null);
        this.context = ssl;
        String alias = store.aliases().nextElement();
        this.endPointBinding = endPointHash((X509Certificate) store.getCertificate(alias));
        this.description = description;
    }

    /** The SSLContext for accepting TLS (also used by the HTTP door). */
    public SSLContext context() {
        return context;
    }

    /** The tls-server-end-point channel binding data of this server's certificate. */
    byte[] endPointBinding() {
        return endPointBinding.clone();
    }

    public String description() {
        return description;
    }

    /** From a PEM certificate (chain) file and a PEM PKCS#8 private key file (RSA or EC). */
    public static TlsConfig fromPem(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>();
        try (InputStream in = Files.newInputStream(certificateFile)) {
            chain.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("no certificate in " + certificateFile);
        }
        String pem = Files.readString(keyFile);
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new GeneralSecurityException("the key in " + keyFile + " is not PKCS#8; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in " + keyFile + " -out key.pk8.pem'");
        }
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("no unencrypted PKCS#8 private key (BEGIN PRIVATE KEY) in " + keyFile);
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        String algorithm = chain.get(0).getPublicKey().getAlgorithm();
        PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, STORE_PASSWORD, chain.toArray(new Certificate[0]));
        return new TlsConfig(store, STORE_PASSWORD, certificateFile.toString());
    }

    /**
     * A self-signed certificate for {@code CN=hostName}, made with keytool on first use and kept in
     * {@code directory/selfsigned.p12} (clients must not verify it: sslmode=require, not verify-full).
     */
    public static TlsConfig selfSigned(Path directory, String hostName) throws IOException, GeneralSecurityException {
        Path file = directory.resolve("selfsigned.p12");
        if (!Files.exists(file)) {
            Files.createDirectories(directory);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                    "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "3650", "-dname", "CN=" + hostName,
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:::1", "-storetype", "PKCS12", "-keystore",
                    file.toString(), "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IOException("keytool could not make a self-signed certificate: " + output.trim());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while making a self-signed certificate", e);
            }
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD);
        }
        return new TlsConfig(store, STORE_PASSWORD, "self-signed " + file);
    }

    /** RFC 5929 tls-server-end-point: the certificate's signature hash, SHA-256 for MD5 and SHA-1. */
    private static byte[] endPointHash(X509Certificate certificate) throws GeneralSecurityException {
        String signature = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        String digest = signature.startsWith("SHA384") ? "SHA-384" : signature.startsWith("SHA512") ? "SHA-512"
                : "SHA-256";
        return MessageDigest.getInstance(digest).digest(certificate.getEncoded());
    }
}
