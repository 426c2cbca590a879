package nl.sociaaldossier.beheer.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.Datums;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;

/**
 * The beheerder's work on the catalogues: list, add, change and end entries, and read their history.
 * Every change compares the entry's version (two beheerders never overwrite each other), names the
 * beheerder to the database for the history trigger (V19), and is read by every app instance on its
 * next request: no instance keeps catalogue data of its own (persistence.xml: no shared cache).
 *
 * <p>Catalogues hold reference data and staff records (name, team, function), never data of
 * inwoners; the history of every change is kept in catalogus_wijziging, not in the Logboek.
 */
@Stateless
@RolesAllowed(Rol.BEHEERDER)
public class Beheer {

    public enum Status { GELDIG, TOEKOMSTIG, BEEINDIGD }

    /** An entry: its code and version, its values by column, and those values as the beheerder reads them. */
    public record Rij(String code, int versie, Map<String, Object> waarden, Map<String, String> tekst, Status status)
            implements Serializable {

        public String naam() {
            return tekst.values().iterator().next();
        }
    }

    /** One change of an entry: when, by whom, what kind, and per field from what to what. */
    public record Wijziging(Instant op, String door, String soort, List<String> wat) implements Serializable {
    }

    /** The kinds of change, as the beheerder reads them. */
    private static final Map<String, String> SOORTEN = Map.of("TOEGEVOEGD", "toegevoegd", "GEWIJZIGD", "gewijzigd",
            "BEEINDIGD", "beëindigd", "VERWIJDERD", "verwijderd");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock klok;
    @Resource
    private SessionContext sessie;

    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public List<Rij> rijen(Catalogus catalogus) {
        Map<String, Map<String, String>> keuzes = keuzes(catalogus, false);
        List<Veld> velden = catalogus.velden();
        String kolommen = velden.stream().map(Veld::kolom).collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("select " + catalogus.codeKolom() + "::text, versie, " + kolommen + " from "
                + catalogus.tabel() + " order by " + catalogus.volgorde()).getResultList();
        LocalDate vandaag = LocalDate.now(klok);
        List<Rij> lijst = new ArrayList<>();
        for (Object[] r : rijen) {
            Map<String, Object> waarden = new LinkedHashMap<>();
            Map<String, String> tekst = new LinkedHashMap<>();
            for (int i = 0; i < velden.size(); i++) {
                Veld veld = velden.get(i);
                Object waarde = waarde(r[i + 2]);
                waarden.put(veld.kolom(), waarde);
                tekst.put(veld.kolom(), tekst(veld, waarde, keuzes));
            }
            lijst.add(new Rij((String) r[0], ((Number) r[1]).intValue(), waarden, tekst, status(waarden, vandaag)));
        }
        return lijst;
    }

    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public Optional<Rij> rij(Catalogus catalogus, String code) {
        return rijen(catalogus).stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The choices of every choice field of the catalogue, value to label in the catalogue's order:
     * what a form offers for a new reference (entries not ended).
     */
    @GeenPersoonsgegevens("reference data")
    public Map<String, Map<String, String>> keuzesVan(Catalogus catalogus) {
        return keuzes(catalogus, true);
    }

    /**
     * The choices for changing an entry: those offered, plus what the entry refers to now, also when
     * that has ended since (an entry may keep it; a new reference must be to one not ended).
     */
    @GeenPersoonsgegevens("reference data")
    public Map<String, Map<String, String>> keuzesVoor(Catalogus catalogus, String code) {
        return rij(catalogus, code).map(r -> keuzesMetHuidige(catalogus, r)).orElseGet(() -> keuzesVan(catalogus));
    }

    private Map<String, Map<String, String>> keuzesMetHuidige(Catalogus catalogus, Rij huidig) {
        Map<String, Map<String, String>> keuzes = keuzesVan(catalogus);
        keuzes.forEach((kolom, perWaarde) -> {
            Object bestaand = huidig.waarden().get(kolom);
            if (bestaand != null) {
                perWaarde.putIfAbsent(bestaand.toString(), huidig.tekst().get(kolom));
            }
        });
        return keuzes;
    }

    /** Value to label per choice field: all entries (names in lists and history), or only those offered. */
    private Map<String, Map<String, String>> keuzes(Catalogus catalogus, boolean alleenLopend) {
        Map<String, Map<String, String>> keuzes = new LinkedHashMap<>();
        for (Veld veld : catalogus.velden()) {
            Map<String, String> perWaarde = new LinkedHashMap<>();
            if (veld.soort() == Veld.Soort.KEUZE) {
                @SuppressWarnings("unchecked")
                List<Object[]> rijen = em.createNativeQuery(veld.keuzeSql()).getResultList();
                rijen.stream().filter(r -> !alleenLopend || Boolean.TRUE.equals(r[2])).forEach(r -> perWaarde.put((String) r[0], (String) r[1]));
            } else if (veld.soort() == Veld.Soort.VAST) {
                veld.vast().forEach(w -> perWaarde.put(w, Veld.vasteLabel(w)));
            } else {
                continue;
            }
            keuzes.put(veld.kolom(), perWaarde);
        }
        return keuzes;
    }

    /** Adds an entry; returns its code (typed, or made by the database from the name). */
    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public String voegToe(Catalogus catalogus, Object code, Map<String, ?> invoer) {
        DomainException.vereis(catalogus.kanToevoegen(), "Aan " + catalogus.titel().toLowerCase() + " voegt u niets toe: de lijst ligt vast.");
        Map<String, Map<String, String>> keuzes = keuzesVan(catalogus);
        String eigenCode = Invoer.code(catalogus, code);
        Map<String, Object> waarden = Invoer.lees(catalogus, invoer, v -> keuzes.getOrDefault(v.kolom(), Map.of()));
        if (eigenCode != null) {
            waarden.put(catalogus.codeKolom(), eigenCode);
        }
        vereisLopendeVerwijzingen(catalogus, waarden, null);
        ikBen();
        String kolommen = String.join(", ", waarden.keySet());
        List<String> namen = new ArrayList<>(waarden.keySet());
        String plaatsen = java.util.stream.IntStream.range(0, namen.size()).mapToObj(i -> plaats(catalogus, namen.get(i), i + 1))
                .collect(Collectors.joining(", "));
        Query insert = em.createNativeQuery("insert into " + catalogus.tabel() + " (" + kolommen + ") values (" + plaatsen + ") returning "
                + catalogus.codeKolom() + "::text");
        bind(insert, waarden.values(), 1);
        return opslaan(catalogus, () -> (String) insert.getSingleResult());
    }

    /** Changes an entry, if nobody changed it since the beheerder loaded version {@code versie}. */
    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public void wijzig(Catalogus catalogus, String code, int versie, Map<String, ?> invoer) {
        Rij huidig = rij(catalogus, code).orElseThrow(() -> new DomainException("Deze " + catalogus.enkelvoud() + " bestaat niet (meer)."));
        Map<String, Map<String, String>> keuzes = keuzesMetHuidige(catalogus, huidig);
        Map<String, Object> waarden = Invoer.lees(catalogus, invoer, v -> keuzes.getOrDefault(v.kolom(), Map.of()));
        vereisLopendeVerwijzingen(catalogus, waarden, huidig);
        if (waarden.get("geldig_tot") instanceof LocalDate tot && !tot.equals(huidig.waarden().get("geldig_tot"))) {
            vergrendel(catalogus, code);
            vereisZonderAfhankelijken(catalogus, code, huidig.naam(), tot);
        }
        ikBen();
        List<String> kolommen = new ArrayList<>(waarden.keySet());
        String zet = java.util.stream.IntStream.range(0, kolommen.size()).mapToObj(i -> kolommen.get(i) + " = " + plaats(catalogus, kolommen.get(i), i + 1))
                .collect(Collectors.joining(", "));
        Query update = em.createNativeQuery("update " + catalogus.tabel() + " set " + zet + ", versie = versie + 1 where "
                + catalogus.codeKolom() + "::text = ?" + (kolommen.size() + 1) + " and versie = ?" + (kolommen.size() + 2));
        int n = bind(update, waarden.values(), 1);
        update.setParameter(n, code).setParameter(n + 1, versie);
        if (opslaan(catalogus, update::executeUpdate) == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /**
     * Ends an entry: it is valid up to and including {@code laatsteDag}. Forms stop offering it from
     * the day after; casussen and figures that refer to it keep it. Refused while entries that
     * depend on it (a team's wijken and staff, an aanbieder's contracts, ...) run on after that day.
     */
    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public void beeindig(Catalogus catalogus, String code, int versie, LocalDate laatsteDag) {
        DomainException.vereis(catalogus.isBeeindigbaar(), catalogus.titel() + " worden niet beëindigd: de lijst ligt vast.");
        if (laatsteDag == null) {
            throw OngeldigeVelden.bij("einde", "Vul de laatste dag in waarop de " + catalogus.enkelvoud() + " geldt.");
        }
        Rij huidig = rij(catalogus, code).orElseThrow(() -> new DomainException("Deze " + catalogus.enkelvoud() + " bestaat niet (meer)."));
        if (huidig.waarden().get("geldig_van") instanceof LocalDate van && laatsteDag.isBefore(van)) {
            throw OngeldigeVelden.bij("einde", "De laatste dag ligt voor de eerste geldige dag (" + Datums.tekst(van) + ").");
        }
        vergrendel(catalogus, code);
        vereisZonderAfhankelijken(catalogus, code, huidig.naam(), laatsteDag);
        ikBen();
        Query update = em.createNativeQuery("update " + catalogus.tabel() + " set geldig_tot = ?1, versie = versie + 1 where "
                + catalogus.codeKolom() + "::text = ?2 and versie = ?3");
        update.setParameter(1, Date.valueOf(laatsteDag)).setParameter(2, code).setParameter(3, versie);
        if (opslaan(catalogus, update::executeUpdate) == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** The changes of an entry, newest first, with field names and choices as the beheerder reads them. */
    @GeenPersoonsgegevens("catalogues: reference data and staff records")
    public List<Wijziging> historie(Catalogus catalogus, String code) {
        Map<String, Map<String, String>> keuzes = keuzes(catalogus, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                select w.op, coalesce(m.naam, w.door), w.soort, w.wijzigingen::text
                from catalogus_wijziging w left join medewerker m on m.gebruikersnaam = w.door
                where w.catalogus = ?1 and w.code = ?2 order by w.id desc limit 200""")
                .setParameter(1, catalogus.tabel()).setParameter(2, code).getResultList();
        List<Wijziging> historie = new ArrayList<>();
        for (Object[] r : rijen) {
            jakarta.json.JsonObject velden;
            try (var lezer = jakarta.json.Json.createReader(new java.io.StringReader((String) r[3]))) {
                velden = lezer.readObject();
            }
            List<String> wat = new ArrayList<>();
            velden.forEach((kolom, verschil) -> catalogus.veld(kolom).ifPresentOrElse(
                    veld -> wat.add(veld.label() + ": " + json(veld, verschil.asJsonObject().get("van"), keuzes) + " → "
                            + json(veld, verschil.asJsonObject().get("naar"), keuzes)),
                    () -> {
                        if (kolom.equals(catalogus.codeKolom()) && verschil.asJsonObject().get("van").getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                            wat.add("Code: " + tekstVan(verschil.asJsonObject().get("naar")));
                        }
                    }));
            historie.add(new Wijziging(((Timestamp) r[0]).toInstant(), (String) r[1], SOORTEN.get((String) r[2]), wat));
        }
        return historie;
    }

    private void vereisZonderAfhankelijken(Catalogus catalogus, String code, String naam, LocalDate laatsteDag) {
        Catalogus.Afhankelijk afhankelijk = catalogus.afhankelijk();
        if (afhankelijk == null) {
            return;
        }
        Number aantal = (Number) em.createNativeQuery(afhankelijk.sql()).setParameter(1, code).setParameter(2, Date.valueOf(laatsteDag))
                .getSingleResult();
        if (aantal != null && aantal.longValue() > 0) {
            throw OngeldigeVelden.bij("einde", naam + " heeft na " + Datums.tekst(laatsteDag) + " nog " + aantal + " " + afhankelijk.wat()
                    + ": beëindig of verplaats die eerst.");
        }
    }

    /**
     * Locks the entry being ended before its dependants are counted: whoever adds a dependant at the
     * same moment waits for this, and then finds it ended ({@link #vereisLopendeVerwijzingen}).
     */
    private void vergrendel(Catalogus catalogus, String code) {
        em.createNativeQuery("select 1 from " + catalogus.tabel() + " where " + catalogus.codeKolom() + "::text = ?1 for update")
                .setParameter(1, code).getResultList();
    }

    /**
     * Every new reference is to an entry not ended, read under a share lock: an entry that is being
     * ended at the same moment is either ended first (and refused here) or sees this reference when it
     * counts its dependants. What the entry already referred to may stay.
     */
    private void vereisLopendeVerwijzingen(Catalogus catalogus, Map<String, Object> waarden, Rij huidig) {
        for (Veld veld : catalogus.velden()) {
            Object waarde = waarden.get(veld.kolom());
            if (veld.soort() != Veld.Soort.KEUZE || waarde == null
                    || (huidig != null && waarde.toString().equals(String.valueOf(huidig.waarden().get(veld.kolom()))))) {
                continue;
            }
            List<?> lopend = em.createNativeQuery("select " + Veld.LOPEND + " from " + veld.tabel() + " where " + veld.sleutel()
                    + " = ?1 for share").setParameter(1, waarde).getResultList();
            if (lopend.isEmpty() || !Boolean.TRUE.equals(lopend.get(0))) {
                throw OngeldigeVelden.bij(veld.kolom(), veld.label() + ": kies uit de lijst.");
            }
        }
    }

    /** Names the beheerder to the history trigger, for this transaction only. */
    private void ikBen() {
        em.createNativeQuery("select set_config('sd.gebruiker', ?1, true)").setParameter(1, sessie.getCallerPrincipal().getName())
                .getSingleResult();
    }

    private <T> T opslaan(Catalogus catalogus, java.util.function.Supplier<T> schrijf) {
        try {
            T t = schrijf.get();
            em.flush();
            return t;
        } catch (PersistenceException e) {
            throw vertaal(catalogus, e);
        }
    }

    /** A refusal of the database, in the beheerder's words and at the field it concerns. */
    private static RuntimeException vertaal(Catalogus catalogus, PersistenceException e) {
        Throwable t = e;
        while (t != null && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        if (!(t instanceof SQLException sql)) {
            return e;
        }
        String status = sql.getSQLState() == null ? "" : sql.getSQLState();
        String bericht = sql.getMessage() == null ? "" : sql.getMessage();
        return switch (status) {
            case "23505" -> catalogus == Catalogus.MEDEWERKERS && bericht.contains("pkey")
                    ? OngeldigeVelden.bij("code", "Voor deze gebruikersnaam is er al een medewerker: zoek die op en wijzig hem.")
                    : bericht.contains("code") || bericht.contains("pkey")
                    ? OngeldigeVelden.bij("code", "Deze code is al in gebruik bij een andere " + catalogus.enkelvoud() + ".")
                    : OngeldigeVelden.bij(catalogus.naamVeld().kolom(), "Er is al een " + catalogus.enkelvoud() + " met deze naam.");
            case "23514" -> bericht.contains("code_vorm")
                    ? OngeldigeVelden.bij("code", "De code uit deze naam past niet: vul zelf een code in.")
                    : new DomainException("Deze invoer past niet bij de regels van " + catalogus.titel().toLowerCase() + ".");
            case "23503" -> new DomainException("Deze " + catalogus.enkelvoud() + " verwijst naar iets dat niet (meer) bestaat.");
            case "23P01", "P0001" -> new DomainException(bericht.replaceFirst("(?s)^ERROR:\\s*", "").replaceFirst("(?s)\\s*(Where|Waar|CONTEXT):.*$", "")
                    .replaceFirst("(?s)\\n.*$", ""));
            default -> e;
        };
    }

    /** A parameter with its column's type: an empty value is bound without one, and the database must know it. */
    private static String plaats(Catalogus catalogus, String kolom, int nummer) {
        String type = catalogus.veld(kolom).map(veld -> switch (veld.soort()) {
            case DATUM -> "::date";
            case GETAL -> "::int";
            case JA_NEE -> "::boolean";
            case KEUZE -> kolom.endsWith("_id") ? "::bigint" : "::text";
            default -> "::text";
        }).orElse("::text");
        return "?" + nummer + type;
    }

    private static int bind(Query query, java.util.Collection<Object> waarden, int vanaf) {
        int i = vanaf;
        for (Object w : waarden) {
            query.setParameter(i++, w instanceof LocalDate d ? Date.valueOf(d) : w);
        }
        return i;
    }

    private static Object waarde(Object kolom) {
        if (kolom instanceof Date d) {
            return d.toLocalDate();
        }
        return kolom instanceof Number n && !(kolom instanceof Integer) ? Long.valueOf(n.longValue()) : kolom;
    }

    private static Status status(Map<String, Object> waarden, LocalDate vandaag) {
        if (waarden.get("geldig_tot") instanceof LocalDate tot && tot.isBefore(vandaag)) {
            return Status.BEEINDIGD;
        }
        if (waarden.get("geldig_van") instanceof LocalDate van && van.isAfter(vandaag)) {
            return Status.TOEKOMSTIG;
        }
        return Status.GELDIG;
    }

    private static String tekst(Veld veld, Object waarde, Map<String, Map<String, String>> keuzes) {
        if (waarde == null) {
            return "";
        }
        return switch (veld.soort()) {
            case JA_NEE -> Boolean.TRUE.equals(waarde) ? "ja" : "nee";
            case DATUM -> Datums.tekst((LocalDate) waarde);
            case KEUZE, VAST -> keuzes.getOrDefault(veld.kolom(), Map.of()).getOrDefault(waarde.toString(), waarde.toString());
            default -> waarde.toString();
        };
    }

    private static String json(Veld veld, jakarta.json.JsonValue waarde, Map<String, Map<String, String>> keuzes) {
        if (waarde == null || waarde.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return "(leeg)";
        }
        String tekst = tekstVan(waarde);
        Object getypt = switch (veld.soort()) {
            case DATUM -> LocalDate.parse(tekst);
            case JA_NEE -> Boolean.valueOf(tekst);
            default -> tekst;
        };
        return "'" + tekst(veld, getypt, keuzes) + "'";
    }

    private static String tekstVan(jakarta.json.JsonValue waarde) {
        return waarde instanceof jakarta.json.JsonString s ? s.getString() : waarde.toString();
    }
}
