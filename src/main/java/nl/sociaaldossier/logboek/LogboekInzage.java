package nl.sociaaldossier.logboek;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The privacy officer's view of the Logboek: search by BSN, user, period and activity, and the
 * answer to an inzageverzoek (AVG art. 15) for one BSN: who processed the data (function and team;
 * the employee's name only in the officer's own search), when, why (activity, purpose, legal basis).
 * Answering the request is itself logged.
 */
@Stateless
@RolesAllowed(Rol.PRIVACYOFFICER)
public class LogboekInzage {

    /** At most this many entries per search. */
    public static final int MAXIMUM = 1000;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** One entry as the officer sees it. */
    public record Regel(Instant start, Instant eind, String gebruiker, String medewerker, String functie, String team,
                        String activiteit, String activiteitNaam, String doel, String grondslag, String status, String object,
                        String toelichting, String traceId, String spanId) implements Serializable {
    }

    /** A processing activity of the register. */
    public record Verwerkingsactiviteit(String code, String naam, String doel, String grondslag, String gegevens) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Pseudoniemen pseudoniemen;
    @Inject
    private Logboek logboek;
    @Inject
    private Clock klok;

    /** Entries matching every criterion given (at least one), newest first. */
    @GeenPersoonsgegevens("the log holds pseudonyms only; searching by BSN is the inzageverzoek's own processing")
    public List<Regel> zoek(String bsn, String gebruiker, LocalDate van, LocalDate tot, String activiteit) {
        boolean metBsn = bsn != null && !bsn.isBlank();
        boolean metGebruiker = gebruiker != null && !gebruiker.isBlank();
        boolean metActiviteit = activiteit != null && !activiteit.isBlank();
        DomainException.vereis(metBsn || metGebruiker || van != null || tot != null || metActiviteit,
                "Zoek op BSN, gebruiker, periode of verwerkingsactiviteit.");
        DomainException.vereis(!metBsn || Bsn.isGeldig(bsn), Bsn.ONGELDIG);
        DomainException.vereis(van == null || tot == null || !tot.isBefore(van), "Het einde van de periode ligt voor het begin.");
        return regels("""
                where (cast(?1 as varchar) is null or l.betrokkene_bsn @> array[cast(?1 as varchar(64))])
                  and (cast(?2 as varchar) is null or l.gebruiker = ?2)
                  and (cast(?3 as timestamptz) is null or l.start_tijd >= cast(?3 as timestamptz))
                  and (cast(?4 as timestamptz) is null or l.start_tijd < cast(?4 as timestamptz))
                  and (cast(?5 as varchar) is null or l.activiteit = ?5)""",
                metBsn ? pseudoniemen.bsn(bsn) : null, metGebruiker ? gebruiker.strip() : null,
                van == null ? null : Timestamp.from(van.atStartOfDay(NL).toInstant()),
                tot == null ? null : Timestamp.from(tot.plusDays(1).atStartOfDay(NL).toInstant()),
                metActiviteit ? activiteit : null);
    }

    /** Everything the log holds on this BSN, oldest first: the AVG art. 15 answer. Logged as processing of its own. */
    @Verwerking(Activiteit.INZAGEVERZOEK)
    public List<Regel> inzageverzoek(String bsn) {
        Instant start = klok.instant();
        DomainException.vereis(bsn != null && Bsn.isGeldig(bsn), Bsn.ONGELDIG);
        String pseudoniem = pseudoniemen.bsn(bsn);
        List<Regel> regels = regels("where l.betrokkene_bsn @> array[cast(?1 as varchar(64))] and l.status = 'OK' and l.activiteit <> 'INZAGEVERZOEK'",
                pseudoniem);
        logboek.schrijf(Activiteit.INZAGEVERZOEK, new Betrokkene("bsn", pseudoniem, List.of(pseudoniem), null), start,
                regels.size() + " verwerkingen");
        return regels.stream().sorted(java.util.Comparator.comparing(Regel::start)).toList();
    }

    @GeenPersoonsgegevens("the register of verwerkingsactiviteiten")
    public List<Verwerkingsactiviteit> register() {
        List<Verwerkingsactiviteit> lijst = new ArrayList<>();
        for (Object r : em.createNativeQuery("select code, naam, doel, grondslag, gegevens from verwerkingsactiviteit order by code")
                .getResultList()) {
            Object[] k = (Object[]) r;
            lijst.add(new Verwerkingsactiviteit((String) k[0], (String) k[1], (String) k[2], (String) k[3], (String) k[4]));
        }
        return lijst;
    }

    private List<Regel> regels(String waar, Object... parameters) {
        var query = em.createNativeQuery("""
                select l.start_tijd, l.eind_tijd, l.gebruiker, m.naam, f.naam, t.naam, l.activiteit, v.naam, v.doel, v.grondslag,
                       l.status, l.object, l.toelichting, l.trace_id, l.span_id
                from logboek l join verwerkingsactiviteit v on v.code = l.activiteit
                left join medewerker m on m.gebruikersnaam = l.gebruiker left join functie f on f.code = m.functie_code
                left join team t on t.id = m.team_id
                """ + waar + " order by l.start_tijd desc, l.id desc limit " + MAXIMUM);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Regel> regels = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] k = (Object[]) r;
            regels.add(new Regel(tijd(k[0]), tijd(k[1]), (String) k[2], (String) k[3], (String) k[4], (String) k[5], (String) k[6],
                    (String) k[7], (String) k[8], (String) k[9], (String) k[10], (String) k[11], (String) k[12],
                    String.valueOf(k[13]), String.valueOf(k[14])));
        }
        return regels;
    }

    private static Instant tijd(Object waarde) {
        if (waarde instanceof Timestamp t) {
            return t.toInstant();
        }
        if (waarde instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return waarde instanceof Instant i ? i : null;
    }
}
