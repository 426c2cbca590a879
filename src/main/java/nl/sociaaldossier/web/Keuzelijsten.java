package nl.sociaaldossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.sociaaldossier.casus.application.Onderwerp;
import nl.sociaaldossier.casus.domain.LeefgebiedRepository;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.shared.domain.Geldig;
import nl.sociaaldossier.catalogus.domain.VoorzieningRepository;

/** The choice lists forms offer, read from the reference data once per request. */
@Named("keuzelijsten")
@RequestScoped
public class Keuzelijsten {

    @Inject
    private OrganisatieRepository organisatie;
    @Inject
    private VoorzieningRepository voorzieningen;
    @Inject
    private LeefgebiedRepository leefgebieden;
    @Inject
    private Clock klok;

    private List<SelectItem> wijken;
    private List<SelectItem> verwijzers;
    private List<SelectItem> onderwerpen;
    private List<SelectItem> leefgebiedenLijst;
    private List<SelectItem> voorzieningenLijst;

    public List<SelectItem> getWijken() {
        if (wijken == null) {
            wijken = organisatie.wijken().stream().filter(this::geldig).map(w -> new SelectItem(w.id(), w.naam())).toList();
        }
        return wijken;
    }

    /** The wijkteams (teams that serve wijken). */
    public List<SelectItem> getWijkteams() {
        return organisatie.wijken().stream().filter(this::geldig).map(w -> w.team()).filter(this::geldig).distinct()
                .sorted(java.util.Comparator.comparing(t -> t.naam()))
                .map(t -> new SelectItem(t.id(), t.naam())).toList();
    }

    public List<SelectItem> getVerwijzers() {
        if (verwijzers == null) {
            verwijzers = organisatie.verwijzers().stream().filter(this::geldig).map(v -> new SelectItem(v.id(), v.naam())).toList();
        }
        return verwijzers;
    }

    public List<SelectItem> getLeefgebieden() {
        if (leefgebiedenLijst == null) {
            leefgebiedenLijst = leefgebieden.alle().stream().filter(this::geldig).map(l -> new SelectItem(l.code(), l.naam())).toList();
        }
        return leefgebiedenLijst;
    }

    /** Leefgebieden first, then the catalogue, as one choice "what is asked about". */
    public List<SelectItem> getOnderwerpen() {
        if (onderwerpen == null) {
            onderwerpen = new ArrayList<>();
            onderwerpen.add(groep("Leefgebied", leefgebieden.alle().stream().filter(this::geldig)
                    .map(l -> new SelectItem(Onderwerp.vanLeefgebied(l.code()), l.naam())).toList()));
            onderwerpen.addAll(catalogus(v -> Onderwerp.vanVoorziening(v.id())));
        }
        return onderwerpen;
    }

    /** The catalogue of voorzieningen, grouped as algemene voorzieningen and maatwerk per law. */
    public List<SelectItem> getVoorzieningen() {
        if (voorzieningenLijst == null) {
            voorzieningenLijst = catalogus(Voorziening::id);
        }
        return voorzieningenLijst;
    }

    private List<SelectItem> catalogus(Function<Voorziening, Object> waarde) {
        Map<String, List<SelectItem>> perGroep = new LinkedHashMap<>();
        for (Voorziening v : voorzieningen.catalogus().stream().filter(this::geldig).toList()) {
            String groep = v.soort() == Voorziening.Soort.ALGEMEEN ? "Algemene voorziening" : "Maatwerk " + v.wetOfDomein();
            perGroep.computeIfAbsent(groep, g -> new ArrayList<>()).add(new SelectItem(waarde.apply(v), v.naam()));
        }
        List<SelectItem> groepen = new ArrayList<>();
        perGroep.forEach((naam, items) -> groepen.add(groep(naam, items)));
        return groepen;
    }

    /** Forms offer only what is valid today; ended entries stay visible where old casussen show them. */
    private boolean geldig(Geldig keuze) {
        return keuze.isGeldigOp(LocalDate.now(klok));
    }

    private static SelectItemGroup groep(String naam, List<SelectItem> items) {
        SelectItemGroup groep = new SelectItemGroup(naam);
        groep.setSelectItems(items.toArray(SelectItem[]::new));
        return groep;
    }
}
