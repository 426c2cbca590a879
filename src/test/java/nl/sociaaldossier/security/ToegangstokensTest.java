package nl.sociaaldossier.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the API's token check, against a small provider of our own (discovery document and
 * JWKS over HTTP) and tokens signed here: only a well-signed access token of the realm's issuer,
 * not expired, of an allowed client, passes.
 */
class ToegangstokensTest {

    private HttpServer provider;
    private String uitgever;
    private KeyPair sleutel;
    private KeyPair andere;
    private Toegangstokens tokens;
    private int jwksOpgehaald;

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        sleutel = gen.generateKeyPair();
        andere = gen.generateKeyPair();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        uitgever = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/test";
        provider.createContext("/realms/test/.well-known/openid-configuration", e -> antwoord(e,
                "{\"issuer\":\"" + uitgever + "\",\"jwks_uri\":\"" + uitgever + "/certs\"}"));
        provider.createContext("/realms/test/certs", e -> {
            jwksOpgehaald++;
            RSAPublicKey k = (RSAPublicKey) sleutel.getPublic();
            antwoord(e, "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + b64(k.getModulus())
                    + "\",\"e\":\"" + b64(k.getPublicExponent()) + "\"}]}");
        });
        provider.start();
        tokens = new Toegangstokens();
        tokens.oidc = new OidcConfig();
        tokens.oidc.providerUri = uitgever;
        tokens.clients = List.of("sociaal-dossier-cli");
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private static void antwoord(com.sun.net.httpserver.HttpExchange e, String json) throws java.io.IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(200, b.length);
        e.getResponseBody().write(b);
        e.close();
    }

    private static String b64(BigInteger i) {
        byte[] b = i.toByteArray();
        if (b[0] == 0) {
            b = java.util.Arrays.copyOfRange(b, 1, b.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private String token(KeyPair k, String kid, String alg, String inhoud) throws Exception {
        String ondertekend = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}") + "." + b64(inhoud);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(k.getPrivate());
        s.update(ondertekend.getBytes(StandardCharsets.US_ASCII));
        return ondertekend + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign());
    }

    private String inhoud(String iss, String typ, long exp, String azp, String extra) {
        return "{\"iss\":\"" + iss + "\",\"typ\":\"" + typ + "\",\"exp\":" + exp + ",\"azp\":\"" + azp
                + "\",\"preferred_username\":\"controller\",\"groups\":[\"businesscontroller\"]" + extra + "}";
    }

    private long over(long seconden) {
        return Instant.now().getEpochSecond() + seconden;
    }

    @Test
    void eenGoedToegangstokenGeeftDeBellerMetZijnRollen() throws Exception {
        Toegangstokens.Beller b = tokens.controleer(token(sleutel, "k1", "RS256", inhoud(uitgever, "Bearer", over(300), "sociaal-dossier-cli", "")));
        assertEquals("controller", b.naam());
        assertEquals(Set.of("businesscontroller"), b.groepen());
    }

    @Test
    void elkeAfwijkingWordtGeweigerd() throws Exception {
        String goed = inhoud(uitgever, "Bearer", over(300), "sociaal-dossier-cli", "");
        for (String vals : List.of(
                token(andere, "k1", "RS256", goed),                                                         // another key
                token(sleutel, "k2", "RS256", goed),                                                        // an unknown key id
                token(sleutel, "k1", "HS256", goed),                                                        // another algorithm
                b64("{\"alg\":\"none\"}") + "." + b64(goed) + ".",                                          // unsigned
                token(sleutel, "k1", "RS256", inhoud("http://elders/realms/test", "Bearer", over(300), "sociaal-dossier-cli", "")),
                token(sleutel, "k1", "RS256", inhoud(uitgever, "ID", over(300), "sociaal-dossier-cli", "")),       // an ID token
                token(sleutel, "k1", "RS256", inhoud(uitgever, "Refresh", over(300), "sociaal-dossier-cli", "")),  // a refresh token
                token(sleutel, "k1", "RS256", inhoud(uitgever, "Bearer", over(-60), "sociaal-dossier-cli", "")),   // expired
                token(sleutel, "k1", "RS256", inhoud(uitgever, "Bearer", over(300), "sociaal-dossier-cli", ",\"nbf\":" + over(120))),
                token(sleutel, "k1", "RS256", inhoud(uitgever, "Bearer", over(300), "een-ander-systeem", "")),     // a client not allowed
                token(sleutel, "k1", "RS256", "{\"iss\":\"" + uitgever + "\",\"typ\":\"Bearer\",\"exp\":" + over(300)
                        + ",\"azp\":\"sociaal-dossier-cli\"}"),                                                    // no user
                "een.twee", "")) {
            assertThrows(Toegangstokens.Ongeldig.class, () -> tokens.controleer(vals), vals);
        }
        // a token whose claims were changed after signing
        String echt = token(sleutel, "k1", "RS256", goed);
        String[] d = echt.split("\\.");
        String anders = d[0] + "." + b64(goed.replace("businesscontroller", "beheerder")) + "." + d[2];
        assertThrows(Toegangstokens.Ongeldig.class, () -> tokens.controleer(anders));
    }

    @Test
    void deSleutelsWordenHooguitElkeDertigSecondenOpnieuwOpgehaald() throws Exception {
        String goed = inhoud(uitgever, "Bearer", over(300), "sociaal-dossier-cli", "");
        tokens.controleer(token(sleutel, "k1", "RS256", goed));
        for (int i = 0; i < 5; i++) {
            assertThrows(Toegangstokens.Ongeldig.class, () -> tokens.controleer(token(sleutel, "onbekend", "RS256", goed)));
        }
        assertEquals(1, jwksOpgehaald, "unknown key ids make no flood of requests to Keycloak");
    }
}
