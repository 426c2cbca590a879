package nl.sociaaldossier.api;

import nl.sociaaldossier.casus.application.NieuweMelding;
import nl.sociaaldossier.casus.application.Onderwerp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new melding as the API takes it: the form's fields, and catalogue entries by their stable code
 * as an alternative to ids and to the form's "V:id"/"L:code" onderwerp.
 */
@Schema(description = "Een nieuwe melding. Noem wijk, verwijzer en onderwerp bij hun code (GET /api/v1/catalogi) of bij hun id.")
public class MeldingInvoer extends NieuweMelding {

    private static final long serialVersionUID = 1L;

    @Schema(description = "Code van de wijk, in plaats van wijkId", example = "hofkamp")
    private String wijk;
    @Schema(description = "Code van de verwijzer, in plaats van verwijzerId", example = "huisarts")
    private String verwijzer;
    @Schema(description = "Code van de voorziening waarover de vraag gaat, in plaats van onderwerp", example = "huishoudelijke-ondersteuning")
    private String voorziening;
    @Schema(description = "Code van het leefgebied waarover de vraag gaat, in plaats van onderwerp", example = "financien")
    private String leefgebied;

    /** Fills the ids and the onderwerp from the codes given. */
    void vulCodesIn(Codes codes) {
        codes.vulIn(Codes.Soort.WIJK, wijk, getWijkId(), this::setWijkId);
        codes.vulIn(Codes.Soort.VERWIJZER, verwijzer, getVerwijzerId(), this::setVerwijzerId);
        boolean metVoorziening = voorziening != null && !voorziening.isBlank();
        boolean metLeefgebied = leefgebied != null && !leefgebied.isBlank();
        if (metVoorziening && metLeefgebied) {
            throw new Problemen.Ongeldig("Een melding gaat over een voorziening of over een leefgebied, niet over beide.");
        }
        if ((metVoorziening || metLeefgebied) && getOnderwerp() != null && !getOnderwerp().isBlank()) {
            throw new Problemen.Ongeldig("Geef het onderwerp óf als voorziening of leefgebied (code), óf als onderwerp, niet allebei.");
        }
        if (metVoorziening) {
            codes.vulIn(Codes.Soort.VOORZIENING, voorziening, null, id -> setOnderwerp(Onderwerp.vanVoorziening(id)));
        } else if (metLeefgebied) {
            setOnderwerp(Onderwerp.vanLeefgebied(codes.leefgebied(leefgebied)));
        }
    }

    public String getWijk() {
        return wijk;
    }

    public void setWijk(String wijk) {
        this.wijk = wijk;
    }

    public String getVerwijzer() {
        return verwijzer;
    }

    public void setVerwijzer(String verwijzer) {
        this.verwijzer = verwijzer;
    }

    public String getVoorziening() {
        return voorziening;
    }

    public void setVoorziening(String voorziening) {
        this.voorziening = voorziening;
    }

    public String getLeefgebied() {
        return leefgebied;
    }

    public void setLeefgebied(String leefgebied) {
        this.leefgebied = leefgebied;
    }
}
