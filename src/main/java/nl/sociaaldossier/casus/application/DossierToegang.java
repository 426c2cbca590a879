package nl.sociaaldossier.casus.application;

import java.util.EnumSet;
import java.util.Set;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.organisation.domain.Medewerker;
import nl.sociaaldossier.toegang.Handeling;
import nl.sociaaldossier.toegang.Relatie;
import nl.sociaaldossier.toegang.Toegangsregels;

/**
 * The caller's relation to a dossier and what {@link Toegangsregels} lets him do there: the members
 * of the team handling it and its regisseur, procesmanagers once it is escalated or theirs. The
 * caseload and drill-down queries apply the same rule.
 */
public record DossierToegang(String gebruiker, Set<String> rollen, Medewerker medewerker) {

    /** How the caller stands to this casus. */
    public Set<Relatie> relaties(Casus casus) {
        Set<Relatie> relaties = EnumSet.noneOf(Relatie.class);
        if (medewerker != null && medewerker.team().id().equals(casus.team().id())) {
            relaties.add(Relatie.TEAMLID);
        }
        if (casus.regisseur().map(r -> r.gebruikersnaam().equals(gebruiker)).orElse(false)) {
            relaties.add(Relatie.REGISSEUR);
        }
        if (casus.isOpgeschaald()) {
            relaties.add(Relatie.OPGESCHAALD);
        }
        if (casus.isOpgeschaald() && casus.procesmanager().map(p -> p.gebruikersnaam().equals(gebruiker)).orElse(false)) {
            relaties.add(Relatie.PROCESMANAGER);
        }
        return relaties;
    }

    public boolean mag(Handeling handeling, Casus casus) {
        return Toegangsregels.mag(rollen, relaties(casus), handeling);
    }

    public boolean magInzien(Casus casus) {
        return mag(Handeling.INZIEN, casus);
    }

    public boolean magRegieOvernemen(Casus casus) {
        return mag(Handeling.REGIE_OVERNEMEN, casus) && !relaties(casus).contains(Relatie.PROCESMANAGER);
    }

    /** What the caller may do in this casus now: the rules, and what the casus's state allows. */
    public CasusRechten rechten(Casus casus) {
        Set<Handeling> mag = Toegangsregels.toegestaan(rollen, relaties(casus));
        boolean open = casus.status() != Casus.Status.AFGESLOTEN;
        boolean inAnalyse = casus.status() == Casus.Status.IN_ANALYSE;
        boolean inUitvoering = casus.isInUitvoering();
        return new CasusRechten(
                open && mag.contains(Handeling.ANALYSEREN),
                open && mag.contains(Handeling.REGISSEUR_TOEWIJZEN) && casus.regisseur().isEmpty(),
                open && mag.contains(Handeling.REGIE_OVERDRAGEN) && casus.regisseur().isPresent(),
                open && magRegieOvernemen(casus),
                open && mag.contains(Handeling.AVE_WIJZIGEN),
                inAnalyse && mag.contains(Handeling.UITVOERING_STARTEN),
                inUitvoering && mag.contains(Handeling.PLANNEN),
                open && mag.contains(Handeling.PLANNEN),
                inUitvoering && mag.contains(Handeling.VERWIJZEN),
                open && mag.contains(Handeling.VERSLAG_SCHRIJVEN),
                open && mag.contains(Handeling.AFSLUITEN),
                !open && mag.contains(Handeling.HEROPENEN));
    }

    /**
     * Binds who the caller is to a worklist query, for the access rule written in its SQL: ?1 coach,
     * ?2 intaker, ?3 procesmanager (all false for a role that opens no personal data), ?4 the user
     * name, ?5 the team (-1 without staff record).
     */
    jakarta.persistence.Query bind(jakarta.persistence.Query query) {
        boolean uitgesloten = rollen.stream().anyMatch(Toegangsregels.UITGESLOTEN::contains);
        return query.setParameter(1, !uitgesloten && rollen.contains(nl.sociaaldossier.security.Rol.COACH))
                .setParameter(2, !uitgesloten && rollen.contains(nl.sociaaldossier.security.Rol.INTAKER))
                .setParameter(3, !uitgesloten && rollen.contains(nl.sociaaldossier.security.Rol.PROCESMANAGER))
                .setParameter(4, gebruiker)
                .setParameter(5, medewerker == null ? -1L : medewerker.team().id());
    }
}
