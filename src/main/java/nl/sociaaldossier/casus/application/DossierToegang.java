package nl.sociaaldossier.casus.application;

import java.util.Set;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.organisation.domain.Medewerker;
import nl.sociaaldossier.security.Rol;

/**
 * Who may see (and so work in) a dossier, in one place: the members of the team handling it and
 * its regisseur (intakers and coaches), and procesmanagers once it is escalated or theirs. A
 * businesscontroller or beheerder never. The caseload queries apply the same rule.
 */
public record DossierToegang(String gebruiker, Set<String> rollen, Medewerker medewerker) {

    public boolean magInzien(Casus casus) {
        boolean teamOfRegisseur = (rollen.contains(Rol.INTAKER) || rollen.contains(Rol.COACH))
                && (medewerker != null && medewerker.team().id().equals(casus.team().id())
                    || casus.regisseur().map(r -> r.gebruikersnaam().equals(gebruiker)).orElse(false));
        boolean procesmanager = rollen.contains(Rol.PROCESMANAGER)
                && (casus.isOpgeschaald()
                    || casus.procesmanager().map(p -> p.gebruikersnaam().equals(gebruiker)).orElse(false));
        return teamOfRegisseur || procesmanager;
    }

    public boolean magRegieOvernemen(Casus casus) {
        return rollen.contains(Rol.PROCESMANAGER) && casus.isOpgeschaald()
                && casus.procesmanager().map(p -> !p.gebruikersnaam().equals(gebruiker)).orElse(true);
    }
}
