package nl.sociaaldossier.beheer.application;

import static nl.sociaaldossier.beheer.application.Veld.datum;
import static nl.sociaaldossier.beheer.application.Veld.getal;
import static nl.sociaaldossier.beheer.application.Veld.jaNee;
import static nl.sociaaldossier.beheer.application.Veld.keuze;
import static nl.sociaaldossier.beheer.application.Veld.langeTekst;
import static nl.sociaaldossier.beheer.application.Veld.tekst;
import static nl.sociaaldossier.beheer.application.Veld.vast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogues the beheerder maintains, each with its table, the column of its stable code and the
 * fields of an entry. The rules of an entry are its fields' limits here and the database's checks,
 * unique keys and references (V1-V19); a refusal of the database is told in Dutch at the form
 * ({@link Beheer}). Entries are ended, never deleted ({@link #isBeeindigbaar()}).
 */
public enum Catalogus {

    VOORZIENINGEN("voorzieningen", "Voorzieningen", "voorziening", "voorziening", "code", CodeInvoer.UIT_DE_NAAM,
            "soort, wet_of_domein, naam",
            "Algemene voorzieningen (vrij toegankelijk) en maatwerkvoorzieningen per wet. Een beëindigde voorziening blijft zichtbaar in oude casussen en cijfers; nieuwe verwijzingen kiezen alleen uit wat op hun datum geldt.",
            new Afhankelijk("select count(*) from contract where voorziening_id = (select id from voorziening where code = ?1) "
                    + "and (geldig_tot is null or geldig_tot > ?2)", "lopende contracten"),
            tekst("naam", "Naam", true, 150),
            vast("soort", "Soort", "ALGEMEEN", "MAATWERK"),
            tekst("wet_of_domein", "Wet of domein", true, 60)
                    .metUitleg("Bij maatwerk de wet precies zoals bij de wettelijke termijnen (Wmo, Jeugdwet, ...); bij een algemene voorziening het domein."),
            jaNee("kent_vorm", "Individueel of groepsgericht"),
            langeTekst("toelichting", "Toelichting", false)),
    AANBIEDERS("aanbieders", "Aanbieders", "aanbieder", "aanbieder", "code", CodeInvoer.UIT_DE_NAAM, "naam",
            "Aanbieders die voorzieningen leveren. Voor het nieuwe jaar: voeg de aanbieder nu toe met 1 januari als begindatum.",
            new Afhankelijk("select count(*) from contract where aanbieder_id = (select id from aanbieder where code = ?1) "
                    + "and (geldig_tot is null or geldig_tot > ?2)", "lopende contracten"),
            tekst("naam", "Naam", true, 150)),
    CONTRACTEN("contracten", "Contracten", "contract", "contract", "code", CodeInvoer.AFGELEID, "geldig_van desc, code",
            "Raamcontracten per wet en maatwerkcontracten per voorziening. Voor het nieuwe jaar: maak de contracten nu aan met 1 januari als begindatum ('Nieuw op basis van').",
            null,
            keuze("aanbieder_id", "Aanbieder", true, "aanbieder", "select id::text, naam, " + Veld.LOPEND + " from aanbieder order by naam"),
            tekst("wet", "Wet", true, 60),
            vast("soort", "Soort", "RAAMCONTRACT", "MAATWERKCONTRACT"),
            keuze("voorziening_id", "Voorziening", false, "voorziening",
                    "select id::text, naam || ' (' || wet_of_domein || ')', " + Veld.LOPEND
                            + " from voorziening where soort = 'MAATWERK' order by naam")
                    .metUitleg("Alleen bij een maatwerkcontract.")),
    WIJKEN("wijken", "Wijken", "wijk", "wijk", "code", CodeInvoer.UIT_DE_NAAM, "naam",
            "De wijken en dorpen, elk met het wijkteam dat er werkt.",
            null,
            tekst("naam", "Naam", true, 100),
            keuze("team_id", "Wijkteam", true, "team", "select id::text, naam, " + Veld.LOPEND + " from team where soort = 'WIJKTEAM' order by naam"),
            tekst("toelichting", "Toelichting", false, 200)),
    TEAMS("teams", "Teams", "team", "team", "code", CodeInvoer.UIT_DE_NAAM, "naam",
            "De wijkteams en de specialistische teams, met hun normen voor het oppakken van meldingen en het toewijzen van een regisseur.",
            new Afhankelijk("select (select count(*) from wijk where team_id = t.id and (geldig_tot is null or geldig_tot > ?2)) "
                    + "+ (select count(*) from medewerker where team_id = t.id and (geldig_tot is null or geldig_tot > ?2)) "
                    + "from team t where t.code = ?1", "wijken of medewerkers"),
            tekst("naam", "Naam", true, 100),
            vast("soort", "Soort", "WIJKTEAM", "SPECIALISTISCH"),
            tekst("telefoon", "Telefoon", true, 30),
            getal("meldingnorm_werkdagen", "Norm melding oppakken (werkdagen)", true, 1, 60),
            getal("regisseurnorm_werkdagen", "Norm regisseur toewijzen (werkdagen)", true, 1, 60),
            langeTekst("toelichting", "Toelichting", false)),
    FUNCTIES("functies", "Functies", "functie", "functie", "code", CodeInvoer.UIT_DE_NAAM, "naam",
            "Functies van medewerkers, en of iemand in die functie regisseur mag zijn.",
            new Afhankelijk("select count(*) from medewerker where functie_code = ?1 and (geldig_tot is null or geldig_tot > ?2)",
                    "medewerkers"),
            tekst("naam", "Naam", true, 100),
            jaNee("mag_regie", "Mag regie voeren (regisseur)")),
    MEDEWERKERS("medewerkers", "Medewerkers", "medewerker", "medewerker", "gebruikersnaam", CodeInvoer.VERPLICHT, "naam",
            "Wie in welk team werkt en in welke functie. De gebruikers en hun rollen staan in Keycloak; koppel ze hier op gebruikersnaam. "
                    + "Een beëindigde medewerker opent geen dossier van een team meer.",
            null,
            tekst("naam", "Naam", true, 150),
            keuze("functie_code", "Functie", true, "functie", "select code, naam, " + Veld.LOPEND + " from functie order by naam"),
            keuze("team_id", "Team", true, "team", "select id::text, naam, " + Veld.LOPEND + " from team order by naam")),
    VERWIJZERS("verwijzers", "Verwijzers", "verwijzer", "verwijzer", "code", CodeInvoer.UIT_DE_NAAM, "extern, naam",
            "Wie een inwoner verwijst: het wijkteam zelf, de huisarts, school, Veilig Thuis, ...",
            null,
            tekst("naam", "Naam", true, 150),
            jaNee("extern", "Extern (niet de gemeente en niet de inwoner zelf)"),
            langeTekst("toelichting", "Toelichting", false)),
    LEEFGEBIEDEN("leefgebieden", "Leefgebieden", "leefgebied", "leefgebied", "code", CodeInvoer.UIT_DE_NAAM, "volgorde",
            "De leefgebieden van de verklarende analyse, in de volgorde van het formulier.",
            null,
            tekst("naam", "Naam", true, 100),
            getal("volgorde", "Volgorde", true, 1, 99)),
    AVE_NIVEAUS("ave-niveaus", "AVE-niveaus", "AVE-niveau", "ave_niveau", "niveau", CodeInvoer.GEEN, "niveau",
            "De vijf niveaus van de Aanpak Voorkoming Escalatie (0 tot en met 4) en wie op elk niveau de regie heeft. De niveaus zelf liggen vast.",
            null,
            tekst("naam", "Naam", true, 100),
            langeTekst("omschrijving", "Omschrijving", true),
            vast("regie_bij", "Regie bij", "WIJKTEAM", "SPOEDTEAM", "PROCESMANAGER")),
    TERMIJNEN("wettelijke-termijnen", "Wettelijke termijnen", "wettelijke termijn", "wettelijke_termijn", "code", CodeInvoer.VERPLICHT,
            "wet, geldig_van",
            "De termijnen per wet: het onderzoek na de melding en de beschikking na de aanvraag. Een verwijzing houdt de termijnen die op haar aanvraagdatum golden. "
                    + "Een wet zonder eigen termijnen volgt de Awb (8 weken). Per wet gelden nooit twee termijnen tegelijk.",
            null,
            tekst("wet", "Wet", true, 60).metUitleg("Precies zoals bij de voorzieningen (Wmo, Jeugdwet, ...)."),
            getal("onderzoek_dagen", "Onderzoek (dagen na de melding)", false, 1, 365).metUitleg("Leeg: de wet kent geen onderzoekstermijn."),
            getal("beschikking_dagen", "Beschikking (dagen na de aanvraag)", true, 1, 365),
            langeTekst("grondslag", "Grondslag", true)),
    VERWERKINGSACTIVITEITEN("verwerkingsactiviteiten", "Verwerkingsactiviteiten", "verwerkingsactiviteit", "verwerkingsactiviteit", "code",
            CodeInvoer.GEEN, "code",
            "Het register van verwerkingsactiviteiten (AVG art. 30) dat het logboek dataverwerkingen en het antwoord op een inzageverzoek noemen. "
                    + "De activiteiten zelf horen bij de werking van de app; doel, grondslag en gegevens houdt u hier bij.",
            null,
            tekst("naam", "Naam", true, 150),
            langeTekst("doel", "Doel", true),
            langeTekst("grondslag", "Grondslag", true),
            langeTekst("gegevens", "Gegevens", true));

    /** How a new entry gets its stable code. */
    public enum CodeInvoer {
        /** Typed by the beheerder or, when left empty, made from the name by the database. */
        UIT_DE_NAAM,
        /** Made by the database (contracts: aanbieder, law, voorziening, first year), or typed. */
        AFGELEID,
        /** Always typed (a user name, a code per period). */
        VERPLICHT,
        /** The set is fixed: no entries are added or ended. */
        GEEN
    }

    /** What must be ended first before an entry can end on a day: a count query (code, day) and what it counts. */
    public record Afhankelijk(String sql, String wat) {
    }

    public static final Veld GELDIG_VAN = datum("geldig_van", "Geldig vanaf", false).metUitleg("Leeg: altijd al.");
    public static final Veld GELDIG_VAN_VERPLICHT = datum("geldig_van", "Geldig vanaf", true);
    public static final Veld GELDIG_TOT = datum("geldig_tot", "Geldig tot en met", false).metUitleg("Leeg: tot nader order.");

    private final String sleutel;
    private final String titel;
    private final String enkelvoud;
    private final String tabel;
    private final String codeKolom;
    private final CodeInvoer codeInvoer;
    private final String volgorde;
    private final String uitleg;
    private final Afhankelijk afhankelijk;
    private final List<Veld> velden;

    Catalogus(String sleutel, String titel, String enkelvoud, String tabel, String codeKolom, CodeInvoer codeInvoer, String volgorde,
              String uitleg, Afhankelijk afhankelijk, Veld... velden) {
        this.sleutel = sleutel;
        this.titel = titel;
        this.enkelvoud = enkelvoud;
        this.tabel = tabel;
        this.codeKolom = codeKolom;
        this.codeInvoer = codeInvoer;
        this.volgorde = volgorde;
        this.uitleg = uitleg;
        this.afhankelijk = afhankelijk;
        this.velden = List.of(velden);
    }

    /** The catalogue named in a link ({@code ?c=voorzieningen}). */
    public static Optional<Catalogus> van(String sleutel) {
        return Arrays.stream(values()).filter(c -> c.sleutel.equals(sleutel)).findFirst();
    }

    public String sleutel() {
        return sleutel;
    }

    public String titel() {
        return titel;
    }

    public String enkelvoud() {
        return enkelvoud;
    }

    public String uitleg() {
        return uitleg;
    }

    String tabel() {
        return tabel;
    }

    public String codeKolom() {
        return codeKolom;
    }

    public CodeInvoer codeInvoer() {
        return codeInvoer;
    }

    String volgorde() {
        return volgorde;
    }

    Afhankelijk afhankelijk() {
        return afhankelijk;
    }

    /** Whether entries are valid from and to a day, and can be ended and added. */
    public boolean isBeeindigbaar() {
        return codeInvoer != CodeInvoer.GEEN;
    }

    public boolean kanToevoegen() {
        return codeInvoer != CodeInvoer.GEEN;
    }

    /** The fields of an entry as the form shows them: its own, then from and to when it has them. */
    public List<Veld> velden() {
        List<Veld> alle = new ArrayList<>(velden);
        if (isBeeindigbaar()) {
            alle.add(this == CONTRACTEN ? GELDIG_VAN_VERPLICHT : GELDIG_VAN);
            alle.add(GELDIG_TOT);
        }
        return alle;
    }

    /** The field that names an entry in lists and messages (the first one; contracts go by code). */
    public Veld naamVeld() {
        return velden.get(0);
    }

    public Optional<Veld> veld(String kolom) {
        return velden().stream().filter(v -> v.kolom().equals(kolom)).findFirst();
    }
}
