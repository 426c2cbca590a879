package nl.sociaaldossier.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.casus.application.Toegangscontrole;
import nl.sociaaldossier.casus.application.Verwijzingsoverzicht;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.domain.CasusRepository;
import nl.sociaaldossier.household.domain.Gezinslid;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.catalogus.domain.Aanbieder;
import nl.sociaaldossier.referral.domain.Termijnregel;
import nl.sociaaldossier.referral.domain.Verwijzing;
import nl.sociaaldossier.referral.domain.Termijn;
import nl.sociaaldossier.referral.domain.VerwijzingRepository;
import nl.sociaaldossier.referral.domain.VerwijzingStap;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.catalogus.domain.VoorzieningRepository;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.toegang.Handeling;
import nl.sociaaldossier.shared.domain.DomainException;

/** Referrals of a casus: requesting one and each step of its lifecycle, for whoever may work in the dossier. */
@Stateless
@LocalBean
@Local(Verwijzingsoverzicht.class) // the view casework uses (it does not know this class)
@RolesAllowed({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER})
public class VerwijzingService implements Verwijzingsoverzicht {

    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private Clock klok;
    @Inject
    private CasusRepository casussen;
    @Inject
    private VerwijzingRepository verwijzingen;
    @Inject
    private VoorzieningRepository voorzieningen;
    @Inject
    private OrganisatieRepository organisatie;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public Long vraagAan(Long casusId, @NotNull @Valid NieuweVerwijzing invoer) {
        Instant start = klok.instant();
        Casus casus = toegangscontrole.casus(casusId, Handeling.VERWIJZEN);
        Aanbieder aanbieder = verwijzingen.findAanbieder(invoer.getAanbiederId()).orElse(null);
        Gezinslid client = casus.huishouden().leden().stream().filter(l -> l.id().equals(invoer.getClientId())).findFirst()
                .orElseThrow(() -> new DomainException("De cliënt hoort niet bij het huishouden van deze casus."));
        Voorziening voorziening = voorzieningen.get(invoer.getVoorzieningId());
        Termijnregel termijnregel = invoer.getAangevraagdOp() == null ? null
                : verwijzingen.termijnregel(voorziening.wetOfDomein(), invoer.getAangevraagdOp());
        Verwijzing v = Verwijzing.vraagAan(casus, client, voorziening, invoer.getVorm(), aanbieder,
                invoer.getContractsoort(),
                organisatie.getVerwijzer(invoer.getVerwijzerId()), invoer.isDoorbraak(), invoer.getMeldingsdatum(),
                invoer.getAangevraagdOp(), toegangscontrole.gebruiker(), klok.instant(), LocalDate.now(klok), termijnregel);
        verwijzingen.voegToe(v);
        logboek.schrijf(Activiteit.DOSSIER_WIJZIGEN, pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()), start,
                "verwijzing " + v.id() + " aangevraagd");
        return v.id();
    }

    /** Takes a step on a referral; returns its casus. */
    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public Long zetStap(Long verwijzingId, long versie, Verwijzing.Stap stap, LocalDate op, String reden, Integer dagen) {
        Instant start = klok.instant();
        Verwijzing v = verwijzingen.find(verwijzingId).orElse(null);
        if (v == null) {
            throw toegangscontrole.weiger(Activiteit.DOSSIER_WIJZIGEN, Betrokkene.onbekend("verwijzing:" + verwijzingId), "bestaat niet",
                    CasusService.GEEN_TOEGANG);
        }
        toegangscontrole.vereis(Handeling.VERWIJZEN, v.casus());
        v = verwijzingen.get(verwijzingId, versie);
        v.zetStap(stap, op, reden, dagen, toegangscontrole.gebruiker(), klok.instant(), LocalDate.now(klok));
        verwijzingen.bewaar();
        logboek.schrijf(Activiteit.DOSSIER_WIJZIGEN, pseudoniemen.van(v.casus().huishouden(), "casus:" + v.casus().id()), start,
                "verwijzing " + v.id() + ": " + stap);
        return v.casus().id();
    }

    @Override
    @Verwerking(Activiteit.DOSSIER_INZIEN)
    public List<VerwijzingRegel> vanCasus(Long casusId) {
        Instant start = klok.instant();
        Casus casus = toegangscontrole.casus(casusId, Handeling.INZIEN);
        logboek.schrijf(Activiteit.DOSSIER_INZIEN, pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()), start, null);
        LocalDate vandaag = LocalDate.now(klok);
        List<Verwijzing> lijst = verwijzingen.vanCasus(casus);
        Map<Verwijzing, List<VerwijzingStap>> tijdlijnen = new java.util.LinkedHashMap<>();
        lijst.forEach(v -> tijdlijnen.put(v, v.tijdlijn()));
        Map<String, String> namen = organisatie.namen(tijdlijnen.values().stream().flatMap(List::stream).map(VerwijzingStap::door).toList());
        return lijst.stream().map(v -> {
            List<Termijn> termijnen = v.termijnen(vandaag);
            return new VerwijzingRegel(v.id(), v.versie(), v.client().naam(), v.voorziening().naam(),
                    v.vorm().map(Verwijzing.Vorm::name).orElse(null),
                    v.voorziening().wetOfDomein(), v.isMaatwerk(), v.aanbieder().map(Aanbieder::naam).orElse(null),
                    v.contractsoort() == null ? null : v.contractsoort().name(), v.verwijzer().naam(), v.isDoorbraak(), v.status().name(),
                    v.isOpgeschort(), v.aangevraagdOp(), v.besluitOp(), v.gestartOp(), v.beeindigdOp(), v.toelichting(),
                    termijnen, termijnen.stream().anyMatch(t -> !t.isVoldaan() && t.isTeLaat(vandaag)),
                    v.mogelijkeStappen().stream().map(Enum::name).toList(),
                    tijdlijnen.get(v).stream().map(s -> new VerwijzingRegel.Stap(s.gebeurtenis().name(), s.datum(), s.dagen(), s.toelichting(),
                            s.door() == null ? null : namen.get(s.door()))).toList(),
                    v.voorziening().code(), v.aanbieder().map(Aanbieder::code).orElse(null), v.verwijzer().code());
        }).toList();
    }

    @GeenPersoonsgegevens("reference data")
    public List<Aanbieder> aanbieders() {
        return verwijzingen.aanbieders(LocalDate.now(klok));
    }
}
