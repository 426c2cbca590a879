package nl.sociaaldossier.beheer.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.sociaaldossier.beheer.application.Beheer;
import nl.sociaaldossier.beheer.application.Catalogus;
import nl.sociaaldossier.beheer.application.Veld;
import nl.sociaaldossier.web.Acties;

/** The section "list" of a catalogue page: the entries, searched and filtered by status. */
@Named
@ViewScoped
public class CatalogusLijst implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Beheer beheer;

    private String sleutel;
    private Catalogus catalogus;
    private String zoek;
    private Beheer.Status status;
    private List<Beheer.Rij> rijen = List.of();

    /** Opens the catalogue named in the link; an unknown name is a page that does not exist. */
    public void laad() {
        catalogus = Catalogus.van(sleutel).orElse(null);
        if (catalogus == null) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Onbekende catalogus");
                FacesContext.getCurrentInstance().responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        herlaad();
    }

    public void herlaad() {
        List<Beheer.Rij> gelezen = Acties.resultaat(() -> beheer.rijen(catalogus));
        rijen = gelezen == null ? List.of() : gelezen;
    }

    /** The entries matching the search (code or any shown value) and the status filter. */
    public List<Beheer.Rij> getRijen() {
        String gezocht = zoek == null ? "" : zoek.strip().toLowerCase(Locale.ROOT);
        return rijen.stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> gezocht.isEmpty() || r.code().toLowerCase(Locale.ROOT).contains(gezocht)
                        || r.tekst().values().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(gezocht)))
                .toList();
    }

    /** Whether the catalogue has an entry with this code (whatever the search shows). */
    public boolean bevat(String code) {
        return rijen.stream().anyMatch(r -> r.code().equals(code));
    }

    /** The columns of the list: the short fields (long texts are read in the form). */
    public List<Veld> getKolommen() {
        return catalogus.velden().stream().filter(v -> v.soort() != Veld.Soort.LANGE_TEKST || catalogus.velden().size() <= 3)
                .filter(v -> !v.kolom().startsWith("geldig_")).toList();
    }

    public String statusTekst(Beheer.Rij rij) {
        return switch (rij.status()) {
            case GELDIG -> rij.waarden().get("geldig_tot") == null ? "geldig" : "geldig t/m " + rij.tekst().get("geldig_tot");
            case TOEKOMSTIG -> "vanaf " + rij.tekst().get("geldig_van");
            case BEEINDIGD -> "beëindigd per " + rij.tekst().get("geldig_tot");
        };
    }

    public Beheer.Status[] getStatussen() {
        return Beheer.Status.values();
    }

    public Catalogus getCatalogus() {
        return catalogus;
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    public String getZoek() {
        return zoek;
    }

    public void setZoek(String zoek) {
        this.zoek = zoek;
    }

    public Beheer.Status getStatus() {
        return status;
    }

    public void setStatus(Beheer.Status status) {
        this.status = status;
    }
}
