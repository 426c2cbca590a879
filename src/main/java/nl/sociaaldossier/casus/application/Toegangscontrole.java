package nl.sociaaldossier.casus.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/** The caller as the services see him (name, roles, team), and the check that he may work in a dossier. */
@Stateless
@PermitAll
@DeclareRoles({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER})
public class Toegangscontrole {

    @Resource
    private SessionContext sessie;
    @Inject
    private OrganisatieRepository organisatie;

    public DossierToegang huidige() {
        Set<String> rollen = Arrays.stream(Rol.ALLE).filter(sessie::isCallerInRole).collect(Collectors.toSet());
        return new DossierToegang(gebruiker(), rollen, organisatie.findMedewerker(gebruiker()).orElse(null));
    }

    /** Throws when the caller may not see (and so not change) this dossier. */
    public DossierToegang vereisInzage(Casus casus) {
        DossierToegang toegang = huidige();
        if (!toegang.magInzien(casus)) {
            throw new DomainException(CasusService.GEEN_TOEGANG);
        }
        return toegang;
    }

    public String gebruiker() {
        return sessie.getCallerPrincipal().getName();
    }
}
