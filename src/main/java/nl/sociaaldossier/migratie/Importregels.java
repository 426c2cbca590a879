package nl.sociaaldossier.migratie;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.migratie.Huishoudrecord.Analyse;
import nl.sociaaldossier.migratie.Huishoudrecord.Ave;
import nl.sociaaldossier.migratie.Huishoudrecord.Casus;
import nl.sociaaldossier.migratie.Huishoudrecord.Doel;
import nl.sociaaldossier.migratie.Huishoudrecord.Lid;
import nl.sociaaldossier.migratie.Huishoudrecord.Melding;
import nl.sociaaldossier.migratie.Huishoudrecord.Planversie;
import nl.sociaaldossier.migratie.Huishoudrecord.Stap;
import nl.sociaaldossier.migratie.Huishoudrecord.Verslag;
import nl.sociaaldossier.migratie.Huishoudrecord.Verwijzing;

/**
 * The rules a household of an import file must meet: the same rules as the screens (a valid BSN, one
 * open casus per household, a referral's steps in their legal order and never before the previous
 * step, the client born before the referral, ...), each fault reported with its path in the file.
 * Returns the checked record, or null when it has a fault.
 */
final class Importregels {

    static final Set<String> MELDINGSTATUS = Set.of("NIEUW", "CASUS", "OPGELOST", "DOORVERWEZEN");
    static final Set<String> CASUSSTATUS = Set.of("IN_ANALYSE", "IN_UITVOERING", "AFGESLOTEN");
    static final Set<String> REGIE = Set.of("WIJKTEAM", "SPOEDTEAM", "PROCESMANAGER");
    static final Set<String> UITKOMST = Set.of("BEREIKT", "DEELS_BEREIKT", "NIET_BEREIKT");
    static final Set<String> VERSLAGSOORT = Set.of("GESPREK", "TELEFONISCH", "OVERLEG");
    static final Set<String> VORM = Set.of("INDIVIDUEEL", "GROEPSGERICHT");
    static final Set<String> CONTRACTSOORT = Set.of("RAAMCONTRACT", "MAATWERKCONTRACT");
    static final Set<String> GEBEURTENIS = Set.of("AANGEVRAAGD", "ONDERZOEK_AFGEROND", "TOEGEKEND", "AFGEWEZEN", "GESTART", "BEEINDIGD",
            "INGETROKKEN", "OPGESCHORT", "HERVAT", "VERLENGD");
    private static final int BESCHIKKING_MAX_VERLENGING = 56;

    private final Catalogi catalogi;
    /** The voorzieningen by code to id, made once (a melding names one by code). */
    private final Map<String, Long> voorzieningIds;
    private final LocalDate vandaag;
    private final Instant nu;

    Importregels(Catalogi catalogi, LocalDate vandaag, Instant nu) {
        this.catalogi = catalogi;
        this.voorzieningIds = catalogi.voorzieningIds();
        this.vandaag = vandaag;
        this.nu = nu;
    }

    Huishoudrecord huishouden(JsonObject object, String pad, List<Importfout> fouten) {
        int voor = fouten.size();
        Lezer h = new Lezer(object, pad, fouten);
        String id = h.tekst("id", 100, true);
        Lezer adres = h.object("adres", true);
        String straat = adres == null ? null : adres.tekst("straat", 150, true);
        String huisnummer = adres == null ? null : adres.tekst("huisnummer", 20, true);
        String postcode = adres == null ? null : adres.tekst("postcode", 7, true);
        if (postcode != null && !postcode.matches("[1-9][0-9]{3} ?[A-Z]{2}")) {
            adres.fout("postcode", "is geen postcode (1234 AB)");
        }
        String woonplaats = adres == null ? null : adres.tekst("woonplaats", 100, true);
        Long wijk = h.naarId("wijk", catalogi.wijken(), "wijk", true);
        Instant aangemaakt = h.tijdstip("aangemaaktOp", false, nu);

        List<Lid> leden = new ArrayList<>();
        Map<String, LocalDate> geboren = new HashMap<>();
        Set<String> lidIds = new HashSet<>();
        List<Lezer> ledenLezers = h.lijst("leden", true);
        if (ledenLezers.isEmpty() && h.heeft("leden")) {
            h.fout("leden", "een huishouden heeft minstens één lid");
        }
        for (Lezer l : ledenLezers) {
            String lidId = uniek(l, lidIds, "lid");
            String bsn = l.tekst("bsn", 11, true);
            if (bsn != null && !Bsn.isGeldig(bsn)) {
                l.fout("bsn", Bsn.ONGELDIG);
            }
            LocalDate geboortedatum = l.datum("geboortedatum", true, vandaag);
            Lid lid = new Lid(lidId, leden.size() + 1, l.tekst("voornaam", 100, true), l.tekst("achternaam", 150, true),
                    geboortedatum, bsn == null ? null : bsn.replaceAll("[\\s.]", ""));
            leden.add(lid);
            if (lidId != null) {
                geboren.put(lidId, geboortedatum);
            }
        }

        List<Casus> casussen = new ArrayList<>();
        Set<String> casusIds = new HashSet<>();
        int open = 0;
        for (Lezer c : h.lijst("casussen", false)) {
            Casus casus = casus(c, casusIds, geboren);
            if (casus != null) {
                casussen.add(casus);
                if (!"AFGESLOTEN".equals(casus.status()) && ++open > 1) {
                    c.fout("status", "een huishouden heeft hoogstens één open casus (één gezin, één plan)");
                }
            }
        }

        List<Melding> meldingen = new ArrayList<>();
        Set<String> meldingIds = new HashSet<>();
        for (Lezer m : h.lijst("meldingen", false)) {
            meldingen.add(melding(m, meldingIds, casusIds));
        }
        if (fouten.size() > voor) {
            return null;
        }
        return new Huishoudrecord(id, sha256(object.toString()), straat, huisnummer, postcode.replace(" ", "").substring(0, 4) + " "
                + postcode.replace(" ", "").substring(4), woonplaats, wijk, aangemaakt == null ? nu : aangemaakt, leden, meldingen, casussen);
    }

    private Melding melding(Lezer m, Set<String> ids, Set<String> casusIds) {
        String id = uniek(m, ids, "melding");
        Long verwijzer = m.naarId("verwijzer", catalogi.verwijzers(), "verwijzer", true);
        Long voorziening = m.naarId("voorziening", voorzieningIds, "voorziening", false);
        String leefgebied = m.keuze("leefgebied", catalogi.leefgebieden(), false);
        if (m.heeft("voorziening") == m.heeft("leefgebied")) {
            m.fout(null, "een melding vraagt naar één ding: een voorziening of een leefgebied");
        }
        String status = m.keuze("status", MELDINGSTATUS, true);
        LocalDate datum = m.datum("meldingsdatum", true, vandaag);
        LocalDate afgehandeld = m.datum("afgehandeldOp", false, vandaag);
        String casus = m.tekst("casus", 100, false);
        if ("CASUS".equals(status) != (casus != null)) {
            m.fout("casus", "een melding met status CASUS noemt de casus van dit huishouden waarin ze is opgenomen, een andere niet");
        } else if (casus != null && !casusIds.contains(casus)) {
            m.fout("casus", "de casus '" + casus + "' staat niet bij dit huishouden");
        }
        if (("OPGELOST".equals(status) || "DOORVERWEZEN".equals(status)) && afgehandeld == null) {
            m.fout("afgehandeldOp", "een afgehandelde melding heeft de datum van afhandeling");
        }
        if (afgehandeld != null && datum != null && afgehandeld.isBefore(datum)) {
            m.fout("afgehandeldOp", "ligt voor de meldingsdatum");
        }
        return new Melding(id, verwijzer == null ? 0 : verwijzer, m.tekst("hulpvraag", 10_000, true), voorziening, leefgebied, status,
                datum, afgehandeld, m.tekst("toelichting", 10_000, false), casus, door(m, "geregistreerdDoor"),
                m.tijdstip("geregistreerdOp", false, nu));
    }

    private Casus casus(Lezer c, Set<String> ids, Map<String, LocalDate> geboren) {
        String id = uniek(c, ids, "casus");
        Long team = c.naarId("team", catalogi.teams(), "team", true);
        String status = c.keuze("status", CASUSSTATUS, true);
        Integer episode = c.getal("episode", 1, 100, false);
        String regisseur = medewerker(c, "regisseur");
        String procesmanager = medewerker(c, "procesmanager");
        Integer ave = c.getal("aveNiveau", 0, 4, true);
        String regie = c.keuze("regieBij", REGIE, true);
        Instant geopend = c.tijdstip("geopendOp", true, nu);
        Instant afgesloten = c.tijdstip("afgeslotenOp", false, nu);
        String afsluitreden = c.tekst("afsluitreden", 10_000, false);
        if ("AFGESLOTEN".equals(status) != (afgesloten != null)) {
            c.fout("afgeslotenOp", "een afgesloten casus heeft de datum van afsluiten, een open casus niet");
        }
        if ("AFGESLOTEN".equals(status) && afsluitreden == null) {
            c.fout("afsluitreden", "een afgesloten casus heeft de reden van afsluiten");
        }
        if (afgesloten != null && geopend != null && afgesloten.isBefore(geopend)) {
            c.fout("afgeslotenOp", "ligt voor het openen van de casus");
        }
        boolean veiligheid = c.waarOnwaar("veiligheidsrisico");

        List<Analyse> analyse = new ArrayList<>();
        Set<String> leefgebieden = new HashSet<>();
        for (Lezer a : c.lijst("analyse", false)) {
            String lg = a.keuze("leefgebied", catalogi.leefgebieden(), true);
            if (lg != null && !leefgebieden.add(lg)) {
                a.fout("leefgebied", "staat al in de analyse van deze casus");
            }
            Integer score = a.getal("score", 1, 5, true);
            analyse.add(new Analyse(lg, score == null ? 0 : score, a.tekst("verklaring", 10_000, true)));
        }
        List<Planversie> versies = new ArrayList<>();
        List<Doel> doelen = new ArrayList<>();
        LocalDate evaluatie = null;
        Lezer plan = c.object("plan", false);
        if (plan != null) {
            Set<Integer> nummers = new HashSet<>();
            for (Lezer v : plan.lijst("versies", false)) {
                Integer nr = v.getal("versie", 1, 10_000, true);
                if (nr != null && !nummers.add(nr)) {
                    v.fout("versie", "deze versie van het plan staat er al");
                }
                versies.add(new Planversie(nr == null ? 0 : nr, v.tekst("omschrijving", 10_000, true), door(v, "door"),
                        v.tijdstip("op", true, nu)));
            }
            for (Lezer d : plan.lijst("doelen", false)) {
                List<Huishoudrecord.Actie> acties = new ArrayList<>();
                for (Lezer a : d.lijst("acties", false)) {
                    acties.add(new Huishoudrecord.Actie(a.tekst("omschrijving", 10_000, true), a.tekst("eigenaar", 150, true),
                            a.datum("deadline", true, LocalDate.MAX), a.datum("afgerondOp", false, vandaag)));
                }
                doelen.add(new Doel(d.keuze("leefgebied", catalogi.leefgebieden(), true), d.tekst("omschrijving", 10_000, true),
                        d.keuze("uitkomst", UITKOMST, false), acties));
            }
            evaluatie = plan.datum("volgendeEvaluatie", false, LocalDate.MAX);
        }
        List<Ave> aveHistorie = new ArrayList<>();
        for (Lezer a : c.lijst("aveHistorie", false)) {
            aveHistorie.add(new Ave(a.getal("van", 0, 4, false), orNul(a.getal("naar", 0, 4, true)), a.keuze("regieBij", REGIE, true),
                    a.tekst("reden", 10_000, true), door(a, "door"), a.tijdstip("op", true, nu)));
        }
        if (!aveHistorie.isEmpty() && ave != null && aveHistorie.get(aveHistorie.size() - 1).naar() != ave) {
            c.fout("aveHistorie", "de laatste wijziging eindigt niet op het AVE-niveau van de casus (" + ave + ")");
        }
        List<Verslag> verslagen = new ArrayList<>();
        for (Lezer v : c.lijst("verslagen", false)) {
            verslagen.add(new Verslag(v.keuze("soort", VERSLAGSOORT, true), v.datum("datum", true, vandaag), v.tekst("tekst", 100_000, true),
                    door(v, "door"), v.tijdstip("op", false, nu)));
        }
        List<Verwijzing> verwijzingen = new ArrayList<>();
        List<Lezer> verwijzingLezers = c.lijst("verwijzingen", false);
        if ("IN_ANALYSE".equals(status) && !verwijzingLezers.isEmpty()) {
            c.fout("verwijzingen", "verwijzen kan als de casus in uitvoering is (of was): deze casus is nog in analyse");
        }
        Set<String> verwijzingIds = new HashSet<>();
        for (Lezer v : verwijzingLezers) {
            verwijzingen.add(verwijzing(v, verwijzingIds, geboren));
        }
        return new Casus(id, team == null ? 0 : team, status, episode == null ? 1 : episode, regisseur, procesmanager, orNul(ave), regie,
                veiligheid, c.tekst("veiligheidToelichting", 10_000, false), geopend, door(c, "geopendDoor"), afgesloten, afsluitreden,
                evaluatie, analyse, versies, doelen, aveHistorie, verslagen, verwijzingen);
    }

    private Verwijzing verwijzing(Lezer v, Set<String> ids, Map<String, LocalDate> geboren) {
        String id = uniek(v, ids, "verwijzing");
        String client = v.tekst("client", 100, true);
        LocalDate geboorte = null;
        if (client != null && !geboren.containsKey(client)) {
            v.fout("client", "'" + client + "' is geen lid van dit huishouden");
        } else if (client != null) {
            geboorte = geboren.get(client);
        }
        String naam = v.tekst("voorziening", 200, true);
        Catalogi.Voorziening voorziening = naam == null ? null : catalogi.voorzieningen().get(naam);
        if (naam != null && voorziening == null) {
            v.fout("voorziening", "onbekende voorziening '" + naam + "'");
        }
        String vorm = v.keuze("vorm", VORM, false);
        if (voorziening != null && voorziening.kentVorm() != (vorm != null)) {
            v.fout("vorm", voorziening.kentVorm() ? naam + " is individueel of groepsgericht: geef de vorm" : naam + " kent geen vorm");
        }
        Long aanbieder = v.naarId("aanbieder", catalogi.aanbieders(), "aanbieder", false);
        String contract = v.keuze("contractsoort", CONTRACTSOORT, false);
        if (voorziening != null && voorziening.maatwerk() && (aanbieder == null || contract == null)) {
            v.fout(null, "een maatwerkvoorziening heeft een aanbieder en een contractsoort");
        }
        if (voorziening != null && !voorziening.maatwerk() && contract != null) {
            v.fout("contractsoort", "een algemene voorziening heeft geen contract per verwijzing");
        }
        Long verwijzer = v.naarId("verwijzer", catalogi.verwijzers(), "verwijzer", true);
        LocalDate meldingsdatum = v.datum("meldingsdatum", true, vandaag);
        boolean voorGeboorte = voorGeboorte(v, "meldingsdatum", meldingsdatum, geboorte);

        // the steps, replayed by the referral's rules
        boolean maatwerk = voorziening != null && voorziening.maatwerk();
        boolean wmo = maatwerk && "Wmo".equals(voorziening.wet());
        String status = null;
        LocalDate vorige = meldingsdatum;
        LocalDate aangevraagd = null;
        LocalDate onderzoek = null;
        LocalDate besluit = null;
        LocalDate gestart = null;
        LocalDate beeindigd = null;
        LocalDate ingetrokken = null;
        LocalDate opgeschort = null;
        int opgeschorteDagen = 0;
        int verlengd = 0;
        String toelichting = null;
        List<Stap> stappen = new ArrayList<>();
        List<Lezer> stapLezers = v.lijst("stappen", true);
        if (stapLezers.isEmpty() && v.heeft("stappen")) {
            v.fout("stappen", "een verwijzing begint met de stap AANGEVRAAGD");
        }
        for (Lezer s : stapLezers) {
            String g = s.keuze("gebeurtenis", GEBEURTENIS, true);
            LocalDate datum = s.datum("datum", true, vandaag);
            Integer dagen = s.getal("dagen", 1, BESCHIKKING_MAX_VERLENGING, false);
            String reden = s.tekst("toelichting", 10_000, false);
            String door = door(s, "door");
            stappen.add(new Stap(g, datum, dagen, reden, door));
            if (g == null || datum == null) {
                continue;
            }
            if (!"AANGEVRAAGD".equals(g) && aangevraagd == null) {
                s.fout("gebeurtenis", "een verwijzing begint met de stap AANGEVRAAGD");
                continue;
            }
            if (!voorGeboorte) {
                voorGeboorte = voorGeboorte(s, "datum", datum, geboorte); // reported once per referral
            }
            if (vorige != null && datum.isBefore(vorige)) {
                s.fout("datum", "ligt voor de vorige stap (" + vorige + ")");
            }
            vorige = datum;
            String fout = null;
            switch (g) {
                case "AANGEVRAAGD" -> {
                    if (status != null) {
                        fout = "de verwijzing is al aangevraagd";
                    }
                    status = "AANGEVRAAGD";
                    aangevraagd = datum;
                }
                case "ONDERZOEK_AFGEROND" -> {
                    fout = !wmo ? "een onderzoek na de melding hoort bij Wmo-maatwerk" : onderzoek != null ? "het onderzoek is al afgerond" : null;
                    onderzoek = datum;
                }
                case "TOEGEKEND", "AFGEWEZEN" -> {
                    fout = !maatwerk ? "een algemene voorziening heeft geen besluit nodig"
                            : !"AANGEVRAAGD".equals(status) ? "er is al een besluit over deze verwijzing"
                            : opgeschort != null ? "de aanvraag is opgeschort: eerst HERVAT" : null;
                    if ("AFGEWEZEN".equals(g) && reden == null) {
                        fout = "geef de reden van de afwijzing (toelichting)";
                    }
                    status = g;
                    besluit = datum;
                    toelichting = "AFGEWEZEN".equals(g) ? reden : toelichting;
                }
                case "GESTART" -> {
                    fout = (maatwerk ? "TOEGEKEND".equals(status) : "AANGEVRAAGD".equals(status)) ? null
                            : maatwerk ? "een maatwerkvoorziening start na de toekenning" : "deze verwijzing is al gestart of afgerond";
                    status = g;
                    gestart = datum;
                }
                case "BEEINDIGD" -> {
                    fout = "GESTART".equals(status) ? null : "alleen een gestarte voorziening kan worden beëindigd";
                    status = g;
                    beeindigd = datum;
                }
                case "INGETROKKEN" -> {
                    fout = "AANGEVRAAGD".equals(status) || "TOEGEKEND".equals(status) ? (reden == null ? "geef de reden van het intrekken (toelichting)" : null)
                            : "intrekken kan zolang de voorziening niet is gestart";
                    status = g;
                    ingetrokken = datum;
                    toelichting = reden;
                    opgeschort = null;
                }
                case "OPGESCHORT" -> {
                    fout = !maatwerk || !"AANGEVRAAGD".equals(status) ? "opschorten kan zolang er over maatwerk nog geen besluit is"
                            : opgeschort != null ? "de aanvraag is al opgeschort" : reden == null ? "geef de reden van het opschorten (toelichting)" : null;
                    opgeschort = datum;
                }
                case "HERVAT" -> {
                    if (opgeschort == null) {
                        fout = "de aanvraag is niet opgeschort";
                    } else {
                        opgeschorteDagen += (int) java.time.temporal.ChronoUnit.DAYS.between(opgeschort, datum);
                        opgeschort = null;
                    }
                }
                case "VERLENGD" -> {
                    fout = !maatwerk || !"AANGEVRAAGD".equals(status) ? "verlengen kan zolang er over maatwerk nog geen besluit is"
                            : dagen == null ? "geef het aantal dagen van de verlenging" : reden == null ? "geef de reden van de verlenging (toelichting)" : null;
                    verlengd += dagen == null ? 0 : dagen;
                }
                default -> throw new IllegalStateException(g);
            }
            if (fout != null) {
                s.fout("gebeurtenis", fout);
            }
        }
        return new Verwijzing(id, client, voorziening == null ? 0 : voorziening.id(), vorm, aanbieder, contract, verwijzer == null ? 0 : verwijzer,
                v.waarOnwaar("doorbraak"), status, meldingsdatum, aangevraagd, onderzoek, besluit, gestart, beeindigd, ingetrokken, opgeschort,
                opgeschorteDagen, verlengd, toelichting, door(v, "door"), v.tijdstip("op", false, nu), stappen);
    }

    private static boolean voorGeboorte(Lezer l, String veld, LocalDate datum, LocalDate geboorte) {
        if (datum != null && geboorte != null && datum.isBefore(geboorte)) {
            l.fout(veld, "ligt voor de geboorte van de cliënt (" + geboorte + ")");
            return true;
        }
        return false;
    }

    private String medewerker(Lezer l, String veld) {
        String naam = l.tekst(veld, 100, false);
        if (naam != null && !catalogi.medewerkers().contains(naam)) {
            l.fout(veld, "'" + naam + "' is geen medewerker in Sociaal Dossier (maak de medewerker eerst aan)");
            return null;
        }
        return naam;
    }

    /** Who did it in the old system: kept as written, "migratie" when the file does not say. */
    private static String door(Lezer l, String veld) {
        String door = l.tekst(veld, 100, false);
        return door == null ? "migratie" : door;
    }

    private static String uniek(Lezer l, Set<String> ids, String wat) {
        String id = l.tekst("id", 100, true);
        if (id != null && !ids.add(id)) {
            l.fout("id", "dit id van een " + wat + " staat al eerder in dit huishouden");
        }
        return id;
    }

    private static int orNul(Integer i) {
        return i == null ? 0 : i;
    }

    static String sha256(String tekst) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
