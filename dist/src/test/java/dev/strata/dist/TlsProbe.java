package dev.strata.dist;

import javax.naming.ldap.LdapName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * Run on the folder's trimmed runtime by {@link RuntimeTlsIT}: a TLS client handshake as a
 * database driver makes one (certificate chain checked against a trust store, the subject parsed
 * with {@link LdapName} as PostgreSQL's host name check does). Prints the protocol, the cipher
 * suite and the subject's common name.
 */
public final class TlsProbe {

    private TlsProbe() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[1])) {
            trust.load(in, args[2].toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setEnabledProtocols(new String[] {args[3]});
            socket.startHandshake();
            X509Certificate peer = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            String cn = new LdapName(peer.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(r -> r.getType().equalsIgnoreCase("CN")).map(r -> r.getValue().toString())
                    .findFirst().orElse("?");
            System.out.println(socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite() + " " + cn);
            socket.getInputStream().read();
        }
    }
}
