package dev.strata.dist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trimmed runtime holds what TLS to a database needs (the local servers run without TLS, so
 * this checks the runtime itself): {@link TlsProbe}, run on strata/runtime/bin/java, completes a
 * handshake with a server in this JVM, for an EC and an RSA certificate, over TLS 1.3 and 1.2.
 */
class RuntimeTlsIT extends UnpackedTarball {

    static final String PASSWORD = "changeit";

    @ParameterizedTest
    @CsvSource({"EC, TLSv1.3", "RSA, TLSv1.2"})
    void handshake(String keyAlg, String protocol) throws Exception {
        Path keystore = tmp.resolve("server.p12");
        Path truststore = tmp.resolve("trust.p12");
        Path cert = tmp.resolve("server.crt");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Map<String, String> env = Map.of("PATH", NoJdk.PATH);
        keytool(env, keytool, "-genkeypair", "-alias", "db", "-keyalg", keyAlg, "-dname", "CN=db.example.internal",
                "-validity", "2", "-keystore", keystore, "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool(env, keytool, "-exportcert", "-alias", "db", "-keystore", keystore, "-storepass", PASSWORD,
                "-file", cert);
        keytool(env, keytool, "-importcert", "-noprompt", "-alias", "db", "-file", cert, "-keystore", truststore,
                "-storetype", "PKCS12", "-storepass", PASSWORD);

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serve = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.startHandshake();
                    s.getOutputStream().write('.');
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Dist.Result r = Dist.run(tmp, env, Dist.cmd(strata.resolve("runtime/bin/java"), "-cp",
                    Path.of(TlsProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                    TlsProbe.class.getName(), server.getLocalPort(), truststore, PASSWORD, protocol));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stdout()).startsWith(protocol + " TLS_").endsWith(" db.example.internal\n");
            serve.join();
        }
    }

    private static void keytool(Map<String, String> env, Object... command) {
        Dist.Result r = Dist.run(Path.of("/"), env, Dist.cmd(command));
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }
}
