package nl.sociaaldossier.migratie;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.migratie.Huishoudrecord.Casus;
import nl.sociaaldossier.migratie.Huishoudrecord.Lid;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.infrastructure.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The migration import: one file (format {@value #FORMAAT}, version {@value #VERSIE}) in one
 * transaction, all or nothing. The file is read as a stream, household by household, checked by
 * {@link Importregels} and written in blocks with PostgreSQL's COPY. A household imported before
 * from the same source ({@code bron}) with the same content is left alone; with other content it is
 * replaced under the ids it got the first time, unless someone worked on it in Sociaal Dossier since
 * then (the Logboek says so), which rejects it. Every written household gets a Logboek entry.
 */
@Stateless
@RolesAllowed(Rol.KOPPELING)
public class Importeur {

    public static final String FORMAAT = "sociaal-dossier-import";
    public static final int VERSIE = 1;
    /** At most this many faults are reported (the count says how many there were). */
    public static final int MAX_FOUTEN = 1000;
    private static final int BLOK = 1000;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Logger LOG = Logger.getLogger(Importeur.class.getName());

    /** What an import did, or why the file was rejected ({@code fouten} not empty: nothing was changed). */
    public record Importverslag(String bron, int huishoudens, int nieuw, int bijgewerkt, int ongewijzigd, int aantalFouten,
                                List<Importfout> fouten, long ms) {
        public boolean geweigerd() {
            return aantalFouten > 0;
        }
    }

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
    @Resource
    private SessionContext sessie;
    @Resource
    private ManagedExecutorService uitvoerder;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;
    @Inject
    private Clock klok;

    @Verwerking(Activiteit.MIGRATIE_IMPORT)
    public Importverslag importeer(InputStream bestand) {
        long begin = System.nanoTime();
        Instant nu = klok.instant();
        Import run = new Import(nu);
        try (Connection con = dataSource.getConnection()) {
            run.con = con;
            run.copy = con.unwrap(PGConnection.class).getCopyAPI();
            run.regels = new Importregels(catalogi(con), LocalDate.ofInstant(nu, NL), nu);
            // reading and checking on a thread of its own, writing on this one (the transaction's): the two overlap
            Future<?> lezen = uitvoerder.submit(() -> lees(bestand, run));
            try {
                for (Blok blok = run.blokken.take(); blok != Blok.EINDE; blok = run.blokken.take()) {
                    if (!run.heeftFouten()) {
                        run.schrijf(blok);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                run.afgebroken = true;
                lezen.cancel(true);
                throw e;
            }
            lezen.get();
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Reading the import file failed", e.getCause());
        }
        if (run.heeftFouten()) {
            sessie.setRollbackOnly();
        }
        long ms = (System.nanoTime() - begin) / 1_000_000;
        LOG.info(() -> "Import from " + run.bron + ": " + run.aantal + " households (" + run.nieuw + " new, " + run.bijgewerkt + " replaced, "
                + run.ongewijzigd + " unchanged, " + run.aantalFouten + " faults) in " + ms + " ms, " + run.schrijfNs / 1_000_000
                + " ms of it writing");
        return new Importverslag(run.bron, run.aantal, run.nieuw, run.bijgewerkt, run.ongewijzigd, run.aantalFouten,
                run.foutenKopie(), ms);
    }

    /** The reading thread: parses and checks the file, hands over blocks of checked households, always ends with EINDE. */
    private void lees(InputStream bestand, Import run) {
        try (JsonParser parser = Json.createParser(bestand)) {
            leesBestand(parser, run);
            run.geefBlok();
        } catch (JsonParsingException e) {
            run.fout("", "geen geldige JSON (regel " + e.getLocation().getLineNumber() + ", kolom " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            run.fout("", "geen geldige JSON: " + e.getMessage());
        } finally {
            run.einde();
        }
    }

    private void leesBestand(JsonParser parser, Import run) {
        if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
            run.fout("", "een importbestand is één JSON-object met formaat, versie, bron en huishoudens");
            return;
        }
        String formaat = null;
        Integer versie = null;
        boolean huishoudens = false;
        while (parser.hasNext()) {
            JsonParser.Event e = parser.next();
            if (e == JsonParser.Event.END_OBJECT) {
                break;
            }
            String sleutel = parser.getString();
            parser.next();
            switch (sleutel) {
                case "formaat" -> formaat = parser.getValue().toString().replace("\"", "");
                case "versie" -> versie = parser.getValue() instanceof jakarta.json.JsonNumber n ? n.intValue() : -1;
                case "bron" -> run.bron = parser.getValue() instanceof jakarta.json.JsonString s ? s.getString().strip() : null;
                case "huishoudens" -> {
                    huishoudens = true;
                    if (!kop(run, formaat, versie)) {
                        parser.skipArray();
                        return;
                    }
                    int i = 0;
                    while (!run.afgebroken && parser.next() == JsonParser.Event.START_OBJECT) {
                        run.verwerk(parser.getObject(), "/huishoudens/" + i++);
                    }
                }
                default -> {
                    // unknown top-level fields (a comment, the old system's export date) are ignored
                    parser.getValue();
                }
            }
        }
        if (!huishoudens) {
            run.fout("/huishoudens", "ontbreekt");
        }
    }

    private static boolean kop(Import run, String formaat, Integer versie) {
        if (!FORMAAT.equals(formaat)) {
            run.fout("/formaat", "moet \"" + FORMAAT + "\" zijn (en vóór de huishoudens staan)");
        }
        if (versie == null || versie != VERSIE) {
            run.fout("/versie", "deze versie van Sociaal Dossier leest versie " + VERSIE + " van het formaat");
        }
        if (run.bron == null || run.bron.isEmpty() || run.bron.length() > 60) {
            run.fout("/bron", "geef de naam van het bronsysteem (hoogstens 60 tekens), vóór de huishoudens: de ids in het bestand zijn van die bron");
        }
        return run.fouten.isEmpty();
    }

    private static Catalogi catalogi(Connection con) throws SQLException {
        Map<String, Catalogi.Voorziening> voorzieningen = new HashMap<>();
        try (PreparedStatement st = con.prepareStatement("select code, id, soort = 'MAATWERK', wet_of_domein, kent_vorm from voorziening");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                voorzieningen.put(rs.getString(1), new Catalogi.Voorziening(rs.getLong(2), rs.getBoolean(3), rs.getString(4), rs.getBoolean(5)));
            }
        }
        return new Catalogi(namen(con, "select code, id from wijk"), namen(con, "select code, id from team"),
                namen(con, "select code, id from verwijzer"), voorzieningen, namen(con, "select code, id from aanbieder"),
                namen(con, "select code, 0 from leefgebied").keySet(), namen(con, "select gebruikersnaam, 0 from medewerker").keySet());
    }

    private static Map<String, Long> namen(Connection con, String sql) throws SQLException {
        Map<String, Long> namen = new HashMap<>();
        try (PreparedStatement st = con.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                namen.put(rs.getString(1), rs.getLong(2));
            }
        }
        return namen;
    }

    /** Checked households with their paths in the file, handed from the reading thread to the writing one. */
    private record Blok(List<Huishoudrecord> huishoudens, List<String> paden) {
        static final Blok EINDE = new Blok(List.of(), List.of());
    }

    /**
     * One run. The reading thread owns the parsing, the checks and the ids seen; the writing thread the
     * connection and the counts; the faults are shared (synchronized).
     */
    private final class Import {
        final Instant nu;
        private final List<Importfout> fouten = new ArrayList<>();
        final Map<String, Set<String>> gezien = new HashMap<>();
        final Set<String> bsns = new HashSet<>();
        final BlockingQueue<Blok> blokken = new ArrayBlockingQueue<>(3);
        private List<Huishoudrecord> blok = new ArrayList<>();
        private List<String> paden = new ArrayList<>();
        volatile boolean afgebroken;
        Connection con;
        CopyManager copy;
        Importregels regels;
        volatile String bron;
        volatile int aantal;
        private int aantalFouten;
        int nieuw;
        int bijgewerkt;
        int ongewijzigd;
        long schrijfNs;

        Import(Instant nu) {
            this.nu = nu;
        }

        synchronized void fout(String pad, String reden) {
            aantalFouten++;
            if (fouten.size() < MAX_FOUTEN) {
                fouten.add(new Importfout(pad, reden));
            }
        }

        synchronized boolean heeftFouten() {
            return aantalFouten > 0;
        }

        synchronized List<Importfout> foutenKopie() {
            return List.copyOf(fouten);
        }

        void verwerk(jakarta.json.JsonObject object, String pad) {
            aantal++;
            List<Importfout> eigen = new ArrayList<>();
            Huishoudrecord h = regels.huishouden(object, pad, eigen);
            if (h != null) {
                uniekInBestand(h, pad, eigen);
            }
            eigen.forEach(f -> fout(f.pad(), f.reden()));
            if (h == null || !eigen.isEmpty() || heeftFouten()) {
                return; // a rejected file: check the rest, hand over nothing more
            }
            blok.add(h);
            paden.add(pad);
            if (blok.size() == BLOK) {
                geefBlok();
            }
        }

        void geefBlok() {
            if (!blok.isEmpty()) {
                zet(new Blok(blok, paden));
                blok = new ArrayList<>();
                paden = new ArrayList<>();
            }
        }

        void einde() {
            zet(Blok.EINDE);
        }

        private void zet(Blok b) {
            try {
                while (!afgebroken && !blokken.offer(b, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    // the writer is busy: wait for room
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void uniekInBestand(Huishoudrecord h, String pad, List<Importfout> eigen) {
            if (!gezien.computeIfAbsent("huishouden", k -> new HashSet<>()).add(h.bronId())) {
                eigen.add(new Importfout(pad + "/id", "dit huishouden staat al eerder in het bestand"));
            }
            for (int i = 0; i < h.leden().size(); i++) {
                Lid l = h.leden().get(i);
                if (!gezien.computeIfAbsent("gezinslid", k -> new HashSet<>()).add(l.bronId())) {
                    eigen.add(new Importfout(pad + "/leden/" + i + "/id", "dit id van een gezinslid staat al eerder in het bestand"));
                }
                if (!bsns.add(l.bsn())) {
                    eigen.add(new Importfout(pad + "/leden/" + i + "/bsn", "dit BSN staat al eerder in het bestand"));
                }
            }
            for (int i = 0; i < h.meldingen().size(); i++) {
                if (!gezien.computeIfAbsent("melding", k -> new HashSet<>()).add(h.meldingen().get(i).bronId())) {
                    eigen.add(new Importfout(pad + "/meldingen/" + i + "/id", "dit id van een melding staat al eerder in het bestand"));
                }
            }
            for (int i = 0; i < h.casussen().size(); i++) {
                Casus c = h.casussen().get(i);
                if (!gezien.computeIfAbsent("casus", k -> new HashSet<>()).add(c.bronId())) {
                    eigen.add(new Importfout(pad + "/casussen/" + i + "/id", "dit id van een casus staat al eerder in het bestand"));
                }
                for (int j = 0; j < c.verwijzingen().size(); j++) {
                    if (!gezien.computeIfAbsent("verwijzing", k -> new HashSet<>()).add(c.verwijzingen().get(j).bronId())) {
                        eigen.add(new Importfout(pad + "/casussen/" + i + "/verwijzingen/" + j + "/id",
                                "dit id van een verwijzing staat al eerder in het bestand"));
                    }
                }
            }
        }

        /** Writes a block: what is new, what changed (replaced), nothing for what is the same. */
        void schrijf(Blok b) throws SQLException {
            long begin = System.nanoTime();
            List<Huishoudrecord> blok = b.huishoudens();
            List<String> paden = b.paden();
            Herkomst herkomst = Herkomst.lees(con, bron, blok);
            List<Huishoudrecord> schrijven = new ArrayList<>();
            Map<Long, Long> vervangen = new HashMap<>();
            for (int i = 0; i < blok.size(); i++) {
                Huishoudrecord h = blok.get(i);
                Herkomst.Eerder eerder = herkomst.huishouden(h.bronId());
                if (eerder != null && eerder.inhoud().equals(h.inhoud())) {
                    ongewijzigd++;
                } else {
                    schrijven.add(h);
                    if (eerder != null) {
                        vervangen.put(eerder.id(), eerder.id());
                    }
                }
            }
            Map<Long, String> bewerkt = herkomst.sindsdienBewerkt(con, vervangen.keySet(), pseudoniemen);
            Map<String, Long> bsnElders = bsnsElders(schrijven);
            for (int i = 0; i < blok.size(); i++) {
                Huishoudrecord h = blok.get(i);
                Herkomst.Eerder eerder = herkomst.huishouden(h.bronId());
                if (eerder != null && bewerkt.containsKey(eerder.id())) {
                    fout(paden.get(i), bewerkt.get(eerder.id()));
                }
                for (int j = 0; j < h.leden().size(); j++) {
                    Long elders = bsnElders.get(h.leden().get(j).bsn());
                    if (elders != null && (eerder == null || elders != eerder.id())) {
                        fout(paden.get(i) + "/leden/" + j + "/bsn", "dit BSN staat in Sociaal Dossier al bij een ander huishouden");
                    }
                }
            }
            if (!heeftFouten()) {
                Schrijver schrijver = new Schrijver(con, copy, bron, nu);
                schrijver.verwijder(vervangen.keySet());
                List<Betrokkene> betrokkenen = schrijver.schrijf(schrijven, herkomst, pseudoniemen);
                logboek.schrijfBulk(con, Activiteit.MIGRATIE_IMPORT, betrokkenen, nu, "overgenomen uit " + bron);
                bijgewerkt += vervangen.size();
                nieuw += schrijven.size() - vervangen.size();
            }
            schrijfNs += System.nanoTime() - begin;
        }

        private Map<String, Long> bsnsElders(List<Huishoudrecord> records) throws SQLException {
            List<String> lijst = new ArrayList<>();
            records.forEach(h -> h.leden().forEach(l -> lijst.add(l.bsn())));
            Map<String, Long> elders = new HashMap<>();
            if (lijst.isEmpty()) {
                return elders;
            }
            try (PreparedStatement st = con.prepareStatement("select bsn, huishouden_id from gezinslid where bsn = any(cast(? as bpchar[]))")) {
                st.setArray(1, con.createArrayOf("text", lijst.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        elders.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return elders;
        }
    }
}
