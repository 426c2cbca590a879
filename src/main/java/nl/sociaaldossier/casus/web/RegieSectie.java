package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusService;

/** The section "AVE en regie": the regisseur, handing regie over, the AVE level and its history, a procesmanager taking over. */
@Named
@ViewScoped
public class RegieSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusWerkblad werkblad;
    @Inject
    private CasusService casusService;

    private List<SelectItem> regisseurs = List.of();
    private List<SelectItem> aveNiveaus = List.of();
    private String regisseur;
    private String overdrachtReden;
    private Integer aveNiveau;
    private String aveReden;

    @PostConstruct
    void open() {
        if (werkblad.getDossier() != null) {
            regisseurs();
            aveNiveaus = casusService.aveNiveaus().stream().map(a -> new SelectItem(a.niveau(), a.niveau() + " – " + a.naam())).toList();
        }
    }

    /** Own team's coaches to assign; everyone (with team) once there is a regisseur and regie can be handed over. */
    private void regisseurs() {
        Long id = werkblad.getId();
        regisseurs = (werkblad.getDossier().rechten().regieOverdragen() ? casusService.mogelijkeNieuweRegisseurs(id)
                : casusService.mogelijkeRegisseurs(id)).stream().map(r -> new SelectItem(r[0], r[1])).toList();
    }

    public void wijsRegisseurToe() {
        if (werkblad.voer(() -> casusService.wijsRegisseurToe(werkblad.getId(), werkblad.versie(), regisseur), "De regisseur is toegewezen.")) {
            regisseur = null;
            regisseurs();
        }
    }

    public void draagRegieOver() {
        if (werkblad.voer(() -> casusService.draagRegieOver(werkblad.getId(), werkblad.versie(), regisseur, overdrachtReden),
                "De regie is overgedragen.") && werkblad.getDossier() != null) {
            regisseur = null;
            overdrachtReden = null;
        }
    }

    public void wijzigAveNiveau() {
        if (werkblad.voer(() -> casusService.wijzigAveNiveau(werkblad.getId(), werkblad.versie(), aveNiveau == null ? -1 : aveNiveau, aveReden),
                "Het AVE-niveau is gewijzigd.")) {
            aveNiveau = null;
            aveReden = null;
        }
    }

    public void neemRegieOver() {
        werkblad.voer(() -> casusService.neemRegieOver(werkblad.getId(), werkblad.versie()), "U voert nu de regie over deze casus.");
    }

    public List<SelectItem> getRegisseurs() {
        return regisseurs;
    }

    public List<SelectItem> getAveNiveaus() {
        return aveNiveaus;
    }

    public String getRegisseur() {
        return regisseur;
    }

    public void setRegisseur(String regisseur) {
        this.regisseur = regisseur;
    }

    public String getOverdrachtReden() {
        return overdrachtReden;
    }

    public void setOverdrachtReden(String overdrachtReden) {
        this.overdrachtReden = overdrachtReden;
    }

    public Integer getAveNiveau() {
        return aveNiveau;
    }

    public void setAveNiveau(Integer aveNiveau) {
        this.aveNiveau = aveNiveau;
    }

    public String getAveReden() {
        return aveReden;
    }

    public void setAveReden(String aveReden) {
        this.aveReden = aveReden;
    }
}
