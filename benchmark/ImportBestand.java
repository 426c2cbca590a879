import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a migration import file (format sociaal-dossier-import, version 1; docs/importformaat.md) of
 * fictitious households to standard output: the same seed gives the same file. Used for the sample
 * file (docs/import/voorbeeld.json) and by benchmark/import.sh.
 *
 *   java benchmark/ImportBestand.java HUISHOUDENS JAAR REEKS [open]
 *
 * JAAR: the year of the meldingen, casussen and referrals (every casus closed within it, unless
 * "open": then a third stays open). REEKS (0-79): ids "R{reeks}-..." and BSNs starting with 20+REEKS,
 * so files of different series never share a household or a BSN (the demo and synthetic data use
 * BSNs starting with 0).
 */
public class ImportBestand {

    static final String[] WIJKEN = {"Binnenstad", "De Riet", "Noorderkwartier", "Sluitersveld", "Wierdensehoek", "Nieuwstraatkwartier",
        "Ossenkoppelerhoek", "Hofkamp", "Schelfhorst", "Windmolenbroek", "Aadorp", "Bornerbroek"};
    static final String[] TEAM_VAN_WIJK = {"Wijkteam 1", "Wijkteam 2", "Wijkteam 3", "Wijkteam 4", "Wijkteam 4", "Wijkteam 1", "Wijkteam 2",
        "Wijkteam 1", "Wijkteam 4", "Wijkteam 3", "Wijkteam 2", "Wijkteam 3"};
    static final String[] VERWIJZERS = {"Wijkteam (gemeente)", "Huisarts", "Inwoner zelf", "School", "Vroegsignalering (verhuurder, energie, drinkwater, zorgverzekeraar)",
        "Wijkverpleegkundige", "Politie"};
    static final String[] LEEFGEBIEDEN = {"financien", "werk-en-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties", "opvoeding",
        "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "sociaal-netwerk"};
    /** name, wet (null: algemeen), aanbieder */
    static final String[][] VOORZIENINGEN = {
        {"Welzijnsactiviteiten", null, "Welzijnsorganisatie Almelo"},
        {"Opvoedondersteuning", null, "Welzijnsorganisatie Almelo"},
        {"Ondersteuning bij thuisadministratie", null, "Welzijnsorganisatie Almelo"},
        {"Taalpunt / aanpak laaggeletterdheid", null, null},
        {"Mantelzorgondersteuning (Steunpunt Mantelzorg)", null, null},
        {"Jeugdhulp ambulant: begeleiding", "Jeugdwet", "Jeugdhulp Twente"},
        {"Jeugd-GGZ", "Jeugdwet", "GGZ Twente"},
        {"Dyslexiezorg", "Jeugdwet", "Jeugdhulp Twente"},
        {"Huishoudelijke ondersteuning", "Wmo", "Thuiszorg Oost"},
        {"Ondersteuning zelfstandig leven (OZL, individuele begeleiding)", "Wmo", "Thuiszorg Oost"},
        {"Woonvoorziening", "Wmo", "Thuiszorg Oost"},
        {"Bijzondere bijstand", "Participatiewet", "Gemeente Almelo (eigen uitvoering)"},
        {"Re-integratie / werkcoach", "Participatiewet", "Gemeente Almelo (eigen uitvoering)"},
        {"Stadsbank (schuldregeling, budgetbeheer)", "Schuldhulpverlening", "Stadsbank Oost Nederland"},
    };
    static final String[] VOORNAMEN = {"Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hamza", "Iris", "Jesse", "Kim", "Lars",
        "Mila", "Noah", "Olga", "Pim", "Rosa", "Sem", "Tess", "Yara"};
    static final String[] ACHTERNAMEN = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
        "Hendriks", "Dekker", "Brouwer", "Kok", "Yilmaz", "Kaya"};

    /** The stable code of a catalogue entry as migration V17 made it from its name. */
    static String code(String naam) {
        String t = naam.toLowerCase().replace('é', 'e').replace('ë', 'e').replace('è', 'e').replace('ï', 'i').replace('ö', 'o').replace('ü', 'u');
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public static void main(String[] args) {
        int aantal = Integer.parseInt(args[0]);
        int jaar = Integer.parseInt(args[1]);
        int reeks = Integer.parseInt(args[2]);
        boolean open = args.length > 3 && args[3].equals("open");
        Random r = new Random(1000L * reeks + jaar);
        PrintWriter uit = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        uit.print("{\"formaat\":\"sociaal-dossier-import\",\"versie\":1,\"bron\":\"oude-suite\",\"huishoudens\":[");
        int lid = 0;
        for (int h = 1; h <= aantal; h++) {
            String p = "R" + reeks + "-";
            int w = r.nextInt(WIJKEN.length);
            LocalDate melding = LocalDate.of(jaar, 1, 1).plusDays(r.nextInt(200));
            LocalDate geopend = melding.plusDays(1 + r.nextInt(10));
            boolean nogOpen = open && r.nextInt(3) == 0;
            LocalDate gesloten = geopend.plusDays(60 + r.nextInt(90));
            String achternaam = ACHTERNAMEN[r.nextInt(ACHTERNAMEN.length)];
            if (h > 1) {
                uit.print(',');
            }
            uit.print("\n{\"id\":\"" + p + "H" + h + "\",\"adres\":{\"straat\":\"Migratielaan\",\"huisnummer\":\"" + h
                    + "\",\"postcode\":\"76" + (10 + w) + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                    + "\",\"woonplaats\":\"Almelo\"},\"wijk\":\"" + code(WIJKEN[w]) + "\",\"aangemaaktOp\":\"" + melding + "T09:00:00+01:00\",\"leden\":[");
            int volwassenen = 1 + r.nextInt(2);
            int kinderen = r.nextInt(4);
            List<String[]> leden = new ArrayList<>();
            for (int l = 0; l < volwassenen + kinderen; l++) {
                lid++;
                LocalDate geboren = l < volwassenen ? LocalDate.of(jaar - 20 - r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        : LocalDate.of(jaar - r.nextInt(18), 1, 1).minusDays(r.nextInt(300));
                String id = p + "P" + lid;
                leden.add(new String[] {id, geboren.toString()});
                uit.print((l > 0 ? "," : "") + "{\"id\":\"" + id + "\",\"bsn\":\"" + bsn(20 + reeks, lid) + "\",\"voornaam\":\""
                        + VOORNAMEN[r.nextInt(VOORNAMEN.length)] + "\",\"achternaam\":\"" + achternaam + "\",\"geboortedatum\":\"" + geboren + "\"}");
            }
            String casus = p + "C" + h;
            String[] lg = {LEEFGEBIEDEN[r.nextInt(5)], LEEFGEBIEDEN[5 + r.nextInt(5)]};
            uit.print("],\"meldingen\":[{\"id\":\"" + p + "M" + h + "\",\"verwijzer\":\"" + code(VERWIJZERS[r.nextInt(VERWIJZERS.length)])
                    + "\",\"hulpvraag\":\"Hulpvraag over " + lg[0] + "\",\"leefgebied\":\"" + lg[0] + "\",\"status\":\"CASUS\",\"meldingsdatum\":\""
                    + melding + "\",\"casus\":\"" + casus + "\",\"geregistreerdDoor\":\"oud.intaker\"}],");
            int ave = r.nextInt(4);
            uit.print("\"casussen\":[{\"id\":\"" + casus + "\",\"team\":\"" + code(TEAM_VAN_WIJK[w]) + "\",\"status\":\""
                    + (nogOpen ? "IN_UITVOERING" : "AFGESLOTEN") + "\",\"aveNiveau\":" + ave + ",\"regieBij\":\"" + (ave == 3 ? "SPOEDTEAM" : "WIJKTEAM")
                    + "\",\"geopendOp\":\"" + geopend + "T10:00:00+01:00\",\"geopendDoor\":\"oud.intaker\""
                    + (nogOpen ? "" : ",\"afgeslotenOp\":\"" + gesloten + "T16:00:00+01:00\",\"afsluitreden\":\"Doelen bereikt\"")
                    + ",\"analyse\":[{\"leefgebied\":\"" + lg[0] + "\",\"score\":" + (1 + r.nextInt(3)) + ",\"verklaring\":\"Verklaring " + lg[0]
                    + "\"},{\"leefgebied\":\"" + lg[1] + "\",\"score\":" + (2 + r.nextInt(3)) + ",\"verklaring\":\"Verklaring " + lg[1] + "\"}]"
                    + ",\"plan\":{\"versies\":[{\"versie\":1,\"omschrijving\":\"Plan opgesteld\",\"door\":\"oud.coach\",\"op\":\"" + geopend.plusDays(7)
                    + "T11:00:00+01:00\"}],\"doelen\":[{\"leefgebied\":\"" + lg[0] + "\",\"omschrijving\":\"Stabiel op " + lg[0] + "\""
                    + (nogOpen ? "" : ",\"uitkomst\":\"" + (r.nextBoolean() ? "BEREIKT" : "DEELS_BEREIKT") + "\"")
                    + ",\"acties\":[{\"omschrijving\":\"Afspraak maken\",\"eigenaar\":\"Gezin\",\"deadline\":\"" + geopend.plusDays(21) + "\""
                    + (nogOpen ? "" : ",\"afgerondOp\":\"" + geopend.plusDays(14) + "\"") + "}]}]}"
                    + ",\"verslagen\":[{\"soort\":\"GESPREK\",\"datum\":\"" + geopend + "\",\"tekst\":\"Kennismaking met het gezin.\",\"door\":\"oud.coach\"}]"
                    + ",\"verwijzingen\":[");
            int verwijzingen = 1 + r.nextInt(3);
            for (int v = 1; v <= verwijzingen; v++) {
                String[] vz = VOORZIENINGEN[r.nextInt(VOORZIENINGEN.length)];
                String[] client = leden.get(r.nextInt(leden.size()));
                LocalDate aanvraag = geopend.plusDays(3 + r.nextInt(10));
                if (aanvraag.isBefore(LocalDate.parse(client[1]))) {
                    client = leden.get(0);
                }
                StringBuilder stappen = new StringBuilder("{\"gebeurtenis\":\"AANGEVRAAGD\",\"datum\":\"" + aanvraag + "\"}");
                LocalDate d = aanvraag;
                if (vz[1] != null) {
                    d = d.plusDays(7 + r.nextInt(14));
                    boolean toe = r.nextInt(5) > 0;
                    stappen.append(",{\"gebeurtenis\":\"" + (toe ? "TOEGEKEND" : "AFGEWEZEN") + "\",\"datum\":\"" + d + "\""
                            + (toe ? "" : ",\"toelichting\":\"Geen indicatie\"") + "}");
                    if (toe) {
                        d = d.plusDays(3 + r.nextInt(10));
                        stappen.append(",{\"gebeurtenis\":\"GESTART\",\"datum\":\"" + d + "\"}");
                    }
                    if (toe && !nogOpen) {
                        stappen.append(",{\"gebeurtenis\":\"BEEINDIGD\",\"datum\":\"" + gesloten + "\"}");
                    }
                } else {
                    d = d.plusDays(r.nextInt(7));
                    stappen.append(",{\"gebeurtenis\":\"GESTART\",\"datum\":\"" + d + "\"}");
                    if (!nogOpen) {
                        stappen.append(",{\"gebeurtenis\":\"BEEINDIGD\",\"datum\":\"" + gesloten + "\"}");
                    }
                }
                uit.print((v > 1 ? "," : "") + "{\"id\":\"" + p + "V" + h + "-" + v + "\",\"client\":\"" + client[0] + "\",\"voorziening\":\"" + code(vz[0]) + "\""
                        + (vz[2] != null ? ",\"aanbieder\":\"" + code(vz[2]) + "\"" : "")
                        + (vz[1] != null ? ",\"contractsoort\":\"RAAMCONTRACT\"" : "")
                        + ",\"verwijzer\":\"wijkteam-gemeente\",\"meldingsdatum\":\"" + melding.plusDays(1) + "\",\"door\":\"oud.coach\",\"stappen\":["
                        + stappen + "]}");
            }
            uit.print("]}]}");
        }
        uit.println("\n]}");
        uit.flush();
    }

    /**
     * A BSN: two digits of the series, six from the number, the ninth that makes the elfproef hold. Of
     * 2n and 2n+1 one always has such a ninth digit (the sum moves by 2), so numbers never share one.
     */
    static String bsn(int voorloop, int nummer) {
        for (int n = nummer * 2; ; n++) {
            String acht = String.format("%02d%06d", voorloop, n % 1_000_000);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (acht.charAt(i) - '0');
            }
            if (som % 11 != 10) {
                return acht + (som % 11);
            }
        }
    }
}
