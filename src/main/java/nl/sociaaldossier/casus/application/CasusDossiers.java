package nl.sociaaldossier.casus.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.organisation.domain.Medewerker;

/** Builds the dossier read model from the casus aggregate. */
final class CasusDossiers {

    private CasusDossiers() {
    }

    /** The logins of everyone who registered something in the casus, to show their names. */
    static List<String> wie(Casus c) {
        return Stream.of(c.aveHistorie().stream().map(w -> w.door()), c.geschiedenis().stream().map(g -> g.door()),
                c.verslagen().stream().map(v -> v.door()), c.planversies().stream().map(v -> v.door())).flatMap(s -> s).distinct().toList();
    }

    static CasusDossier van(Casus c, List<Melding> meldingen, CasusRechten rechten, Map<String, String> namen) {
        var h = c.huishouden();
        return new CasusDossier(c.id(), c.versie(), c.status().name(), c.status() != Casus.Status.AFGESLOTEN,
                c.status() == Casus.Status.IN_ANALYSE, c.episode(), h.adres().toString(), h.wijk().naam(), c.team().naam(), c.team().telefoon(),
                h.leden().stream().map(l -> new CasusDossier.Lid(l.id(), l.naam(), l.geboortedatum(), l.bsn().nummer())).toList(),
                meldingen.stream().map(m -> new CasusDossier.MeldingKort(m.meldingsdatum(), m.verwijzer().naam(),
                        m.voorziening() != null ? m.voorziening().naam() : m.leefgebied().naam(), m.hulpvraag())).toList(),
                c.analyse().stream().map(a -> new CasusDossier.Analyse(a.leefgebied().code(), a.leefgebied().naam(), a.score(), a.verklaring())).toList(),
                c.isMeervoudig(), c.regisseur().map(Medewerker::naam).orElse(null), c.regiehouder(),
                c.aveNiveau().niveau(), c.aveNiveau().naam(), c.isOpgeschaald(), c.wachtOpProcesmanager(), c.veiligheidsrisico(), c.veiligheidToelichting(),
                c.afsluitreden(), c.volgendeDeadline().orElse(null),
                c.aveHistorie().stream().map(w -> new CasusDossier.AveStap(w.op(), w.van(), w.naar(), w.regieBij().omschrijving(), w.reden(), namen.get(w.door()))).toList(),
                c.geschiedenis().stream().map(g -> new CasusDossier.Gebeurtenis(g.op(), g.episode(), g.omschrijving(), namen.get(g.door()))).toList(),
                c.verslagen().stream().map(v -> new CasusDossier.VerslagRegel(v.soort().name(), v.datum(), v.tekst(), namen.get(v.door()))).toList(),
                new CasusDossier.Plan(c.planversie(), c.volgendeEvaluatie(),
                        c.doelen().stream().map(d -> new CasusDossier.DoelRegel(d.id(), d.leefgebied().naam(), d.omschrijving(),
                                d.uitkomst() == null ? null : d.uitkomst().name(),
                                d.acties().stream().map(a -> new CasusDossier.ActieRegel(a.id(), a.omschrijving(), a.eigenaar(), a.deadline(), a.afgerondOp())).toList()))
                                .toList(),
                        c.planversies().stream().map(v -> new CasusDossier.Versie(v.versie(), v.omschrijving(), namen.get(v.door()), v.op())).toList()),
                rechten);
    }
}
