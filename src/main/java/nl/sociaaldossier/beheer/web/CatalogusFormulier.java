package nl.sociaaldossier.beheer.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.sociaaldossier.beheer.application.Beheer;
import nl.sociaaldossier.beheer.application.Catalogus;
import nl.sociaaldossier.beheer.application.OngeldigeVelden;
import nl.sociaaldossier.beheer.application.Veld;
import nl.sociaaldossier.shared.domain.Datums;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;

/**
 * The section "form" of a catalogue page: add an entry, change one, or end one. A refused save keeps
 * everything typed and shows the message at its field; the list and the history follow a save.
 */
@Named
@ViewScoped
public class CatalogusFormulier implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Modus { NIEUW, WIJZIGEN, BEEINDIGEN }

    @Inject
    private Beheer beheer;
    @Inject
    private CatalogusLijst lijst;
    @Inject
    private CatalogusHistorie historie;
    @Inject
    private Clock klok;

    private Modus modus;
    private String code;
    private String naam;
    private int versie;
    private String nieuweCode;
    private LocalDate einde;
    private Map<String, Object> invoer = new HashMap<>();
    private Map<String, String> fouten = new HashMap<>();
    private Map<String, Map<String, String>> keuzes = Map.of();

    public void nieuw() {
        begin(Modus.NIEUW, null);
        invoer = new HashMap<>();
    }

    /** A new entry with the values of an existing one, from 1 January next year: the yearly change. */
    public void nieuwOpBasisVan(Beheer.Rij rij) {
        begin(Modus.NIEUW, null);
        invoer = formulierwaarden(rij);
        invoer.put("geldig_van", LocalDate.now(klok).withDayOfYear(1).plusYears(1));
        invoer.remove("geldig_tot");
    }

    /** A new staff record for a Keycloak user without one. */
    public void nieuwVoorGebruiker(String gebruikersnaam, String volledigeNaam) {
        begin(Modus.NIEUW, null);
        invoer = new HashMap<>();
        invoer.put("naam", volledigeNaam);
        nieuweCode = gebruikersnaam;
    }

    public void wijzig(Beheer.Rij rij) {
        begin(Modus.WIJZIGEN, rij);
        invoer = formulierwaarden(rij);
    }

    public void beeindig(Beheer.Rij rij) {
        begin(Modus.BEEINDIGEN, rij);
        einde = LocalDate.now(klok);
    }

    public void annuleer() {
        modus = null;
        fouten = new HashMap<>();
    }

    public void opslaan() {
        Catalogus catalogus = lijst.getCatalogus();
        fouten = new HashMap<>();
        String bewaard = bewaar(() -> switch (modus) {
            case NIEUW -> {
                String c = beheer.voegToe(catalogus, nieuweCode, invoer);
                Berichten.info(hoofdletter(catalogus.enkelvoud()) + " " + c + " is toegevoegd.");
                yield c;
            }
            case WIJZIGEN -> {
                beheer.wijzig(catalogus, code, versie, invoer);
                Berichten.info(naam + " is gewijzigd.");
                yield code;
            }
            case BEEINDIGEN -> {
                beheer.beeindig(catalogus, code, versie, einde);
                Berichten.info(naam + " is beëindigd: geldig tot en met " + Datums.tekst(einde) + ".");
                yield code;
            }
        });
        if (bewaard != null) {
            modus = null;
            lijst.herlaad();
            historie.toon(bewaard);
        }
    }

    /** Runs the save; a refusal's message shows at the top, and at each field it concerns. */
    private String bewaar(Supplier<String> actie) {
        return Acties.resultaat(() -> {
            try {
                return actie.get();
            } catch (OngeldigeVelden e) {
                fouten = new HashMap<>(e.perVeld());
                throw e;
            }
        });
    }

    public List<SelectItem> keuzes(Veld veld) {
        return keuzes.getOrDefault(veld.kolom(), Map.of()).entrySet().stream()
                .map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    /** The message at a field, or null. */
    public String fout(String kolom) {
        return fouten.get(kolom);
    }

    public String getTitel() {
        Catalogus catalogus = lijst.getCatalogus();
        return switch (modus) {
            case NIEUW -> "Nieuwe " + catalogus.enkelvoud();
            case WIJZIGEN -> hoofdletter(catalogus.enkelvoud()) + " wijzigen: " + naam;
            case BEEINDIGEN -> hoofdletter(catalogus.enkelvoud()) + " beëindigen: " + naam;
        };
    }

    public boolean isCodeInvoer() {
        return modus == Modus.NIEUW && lijst.getCatalogus().codeInvoer() != Catalogus.CodeInvoer.GEEN;
    }

    public String getCodeLabel() {
        return lijst.getCatalogus() == Catalogus.MEDEWERKERS ? "Gebruikersnaam (Keycloak)" : "Code";
    }

    public String getCodeUitleg() {
        return switch (lijst.getCatalogus().codeInvoer()) {
            case UIT_DE_NAAM -> "Leeg: gemaakt uit de naam. De code verandert daarna nooit meer.";
            case AFGELEID -> "Leeg: gemaakt uit aanbieder, wet, voorziening en jaar. De code verandert daarna nooit meer.";
            default -> lijst.getCatalogus() == Catalogus.MEDEWERKERS ? "Precies zoals in Keycloak. De gebruikersnaam verandert daarna nooit meer."
                    : "De code verandert daarna nooit meer.";
        };
    }

    private void begin(Modus nieuweModus, Beheer.Rij rij) {
        modus = nieuweModus;
        fouten = new HashMap<>();
        nieuweCode = null;
        code = rij == null ? null : rij.code();
        naam = rij == null ? null : rij.naam();
        versie = rij == null ? 0 : rij.versie();
        keuzes = rij != null && nieuweModus == Modus.WIJZIGEN ? beheer.keuzesVoor(lijst.getCatalogus(), rij.code())
                : beheer.keuzesVan(lijst.getCatalogus());
        if (rij != null) {
            historie.toon(rij.code());
        }
    }

    /** An entry's values as the form's fields hold them: choices as text, the rest as they are. */
    private Map<String, Object> formulierwaarden(Beheer.Rij rij) {
        Map<String, Object> waarden = new LinkedHashMap<>();
        for (Veld veld : lijst.getCatalogus().velden()) {
            Object w = rij.waarden().get(veld.kolom());
            waarden.put(veld.kolom(), w == null || veld.soort() == Veld.Soort.DATUM || veld.soort() == Veld.Soort.JA_NEE ? w : w.toString());
        }
        return waarden;
    }

    private static String hoofdletter(String tekst) {
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    public Modus getModus() {
        return modus;
    }

    public Map<String, Object> getInvoer() {
        return invoer;
    }

    public String getNieuweCode() {
        return nieuweCode;
    }

    public void setNieuweCode(String nieuweCode) {
        this.nieuweCode = nieuweCode;
    }

    public LocalDate getEinde() {
        return einde;
    }

    public void setEinde(LocalDate einde) {
        this.einde = einde;
    }
}
