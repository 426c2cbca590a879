package nl.sociaaldossier.api;

import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new referral as the API takes it: the form's fields, and catalogue entries by their stable code as an alternative to ids. */
@Schema(description = "Een nieuwe verwijzing. Noem voorziening, aanbieder en verwijzer bij hun code (GET /api/v1/catalogi) of bij hun id.")
public class VerwijzingInvoer extends NieuweVerwijzing {

    private static final long serialVersionUID = 1L;

    @Schema(description = "Code van de voorziening, in plaats van voorzieningId", example = "huishoudelijke-ondersteuning")
    private String voorziening;
    @Schema(description = "Code van de aanbieder, in plaats van aanbiederId", example = "thuiszorg-oost")
    private String aanbieder;
    @Schema(description = "Code van de verwijzer, in plaats van verwijzerId", example = "wijkteam-gemeente")
    private String verwijzer;

    /** Fills the ids from the codes given. */
    void vulCodesIn(Codes codes) {
        codes.vulIn(Codes.Soort.VOORZIENING, voorziening, getVoorzieningId(), this::setVoorzieningId);
        codes.vulIn(Codes.Soort.AANBIEDER, aanbieder, getAanbiederId(), this::setAanbiederId);
        codes.vulIn(Codes.Soort.VERWIJZER, verwijzer, getVerwijzerId(), this::setVerwijzerId);
    }

    public String getVoorziening() {
        return voorziening;
    }

    public void setVoorziening(String voorziening) {
        this.voorziening = voorziening;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public void setAanbieder(String aanbieder) {
        this.aanbieder = aanbieder;
    }

    public String getVerwijzer() {
        return verwijzer;
    }

    public void setVerwijzer(String verwijzer) {
        this.verwijzer = verwijzer;
    }
}
