package nl.sociaaldossier.logboek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.sociaaldossier.household.domain.Gezinslid;
import nl.sociaaldossier.household.domain.Huishouden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes (HMAC-SHA256) for the log: a BSN or a household id in the log cannot be read back,
 * and without the key (setting {@code logboek.sleutel}, env LOGBOEK_SLEUTEL) not even guessed by
 * trying all BSNs. The same key gives the same pseudonym, so the privacy officer finds a BSN's entries.
 */
@ApplicationScoped
public class Pseudoniemen {

    /** The local development key: refused in production mode. */
    public static final String LOKALE_SLEUTEL = "lokale-ontwikkelsleutel-niet-voor-productie";

    @Inject
    @ConfigProperty(name = "logboek.sleutel", defaultValue = LOKALE_SLEUTEL)
    String sleutel;

    public String bsn(String bsn) {
        return hash("bsn:" + bsn.replaceAll("[\\s.]", ""));
    }

    public String huishouden(Long id) {
        return hash("huishouden:" + id);
    }

    public Betrokkene van(Huishouden huishouden, String object) {
        List<String> bsns = huishouden.leden().stream().map(Gezinslid::bsn).map(b -> bsn(b.nummer())).toList();
        return new Betrokkene(Betrokkene.HUISHOUDEN, huishouden(huishouden.id()), bsns, object);
    }

    /** A household read from SQL rows: its id and its members' BSNs. */
    public Betrokkene van(Long huishoudenId, List<String> bsns, String object) {
        return new Betrokkene(Betrokkene.HUISHOUDEN, huishouden(huishoudenId), bsns.stream().map(this::bsn).toList(), object);
    }

    /**
     * The pseudonym of a person or household in the event export for analysis: stable across exports
     * (the municipality follows a client over time) but another value than in the Logboek, so the
     * export cannot be joined to it.
     */
    public String voorAnalyse(String soort, long id) {
        return hash("analyse:" + soort + ":" + id).substring(0, 20);
    }

    private String hash(String waarde) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
