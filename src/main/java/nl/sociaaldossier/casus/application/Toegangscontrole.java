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
import nl.sociaaldossier.casus.domain.CasusRepository;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.Geweigerd;
import nl.sociaaldossier.toegang.Handeling;
import nl.sociaaldossier.toegang.Toegangsregels;

/**
 * The caller as the services see him (name, roles, team), and the checks of {@link
 * nl.sociaaldossier.toegang.Toegangsregels}: a refusal is logged in the Logboek (in a transaction of
 * its own) before the caller hears it. A casus that does not exist is refused with the same words
 * as somebody else's, so ids cannot be probed.
 */
@Stateless
@PermitAll
@DeclareRoles({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.PRIVACYOFFICER})
public class Toegangscontrole {

    @Resource
    private SessionContext sessie;
    @Inject
    private OrganisatieRepository organisatie;
    @Inject
    private CasusRepository casussen;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;

    public DossierToegang huidige() {
        Set<String> rollen = Arrays.stream(Rol.ALLE).filter(sessie::isCallerInRole).collect(Collectors.toSet());
        return new DossierToegang(gebruiker(), rollen, organisatie.findMedewerker(gebruiker()).orElse(null));
    }

    public static final String UITGESLOTEN = "Met de rol businesscontroller opent u geen persoonsgegevens, ook niet met een andere rol erbij.";

    /** Refuses (and logs) a caller whose token carries a role that excludes personal data (Toegangsregels.UITGESLOTEN). */
    public void vereisGeenUitsluiting(Activiteit activiteit, String object) {
        if (Toegangsregels.UITGESLOTEN.stream().anyMatch(sessie::isCallerInRole)) {
            throw weiger(activiteit, Betrokkene.onbekend(object), "uitgesloten rol", UITGESLOTEN);
        }
    }

    /** The casus, when the caller may do this there; otherwise a logged refusal. */
    public Casus casus(Long id, Handeling handeling) {
        Casus casus = casussen.find(id).orElse(null);
        if (casus == null) {
            throw weiger(activiteit(handeling), Betrokkene.onbekend("casus:" + id), "bestaat niet", CasusService.GEEN_TOEGANG);
        }
        vereis(handeling, casus);
        return casus;
    }

    /** Throws (and logs) when the caller may not do this in this dossier. */
    public DossierToegang vereis(Handeling handeling, Casus casus) {
        DossierToegang toegang = huidige();
        if (!toegang.mag(handeling, casus)) {
            String melding = toegang.magInzien(casus)
                    ? "U mag in deze casus niet: " + handeling.omschrijving() + "." : CasusService.GEEN_TOEGANG;
            throw weiger(activiteit(handeling), pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()),
                    "geen recht: " + handeling.omschrijving(), melding);
        }
        return toegang;
    }

    public DossierToegang vereisInzage(Casus casus) {
        return vereis(Handeling.INZIEN, casus);
    }

    /** Logs the refusal in its own transaction; returns the message for the user, for the caller to throw. */
    public DomainException weiger(Activiteit activiteit, Betrokkene betrokkene, String reden, String melding) {
        logboek.weigering(activiteit, betrokkene, reden);
        return new Geweigerd(melding);
    }

    private static Activiteit activiteit(Handeling handeling) {
        return handeling == Handeling.INZIEN ? Activiteit.DOSSIER_INZIEN : Activiteit.DOSSIER_WIJZIGEN;
    }

    public String gebruiker() {
        return sessie.getCallerPrincipal().getName();
    }
}
