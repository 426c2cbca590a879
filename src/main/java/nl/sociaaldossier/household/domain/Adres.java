package nl.sociaaldossier.household.domain;

import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import nl.sociaaldossier.shared.domain.DomainException;

/** A Dutch address: street, house number (with any addition), postcode 1234 AB, place. */
@Embeddable
public class Adres implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String POSTCODE_PATROON = "[1-9][0-9]{3} ?[A-Za-z]{2}";

    private String straat;
    private String huisnummer;
    private String postcode;
    private String woonplaats;

    protected Adres() {
        // for JPA
    }

    public Adres(String straat, String huisnummer, String postcode, String woonplaats) {
        this.straat = verplicht(straat, "Vul de straat in.");
        this.huisnummer = verplicht(huisnummer, "Vul het huisnummer in.");
        String pc = verplicht(postcode, "Vul de postcode in.");
        DomainException.vereis(pc.matches(POSTCODE_PATROON), "Vul een postcode in als 1234 AB.");
        this.postcode = pc.replace(" ", "").toUpperCase(Locale.ROOT).replaceFirst("^([0-9]{4})", "$1 ");
        this.woonplaats = verplicht(woonplaats, "Vul de woonplaats in.");
    }

    public String straat() {
        return straat;
    }

    public String huisnummer() {
        return huisnummer;
    }

    public String postcode() {
        return postcode;
    }

    public String woonplaats() {
        return woonplaats;
    }

    @Override
    public String toString() {
        return straat + " " + huisnummer + ", " + postcode + " " + woonplaats;
    }
}
