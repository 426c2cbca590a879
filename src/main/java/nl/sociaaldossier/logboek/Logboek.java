package nl.sociaaldossier.logboek;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Writes the Logboek dataverwerkingen. {@link #schrijf} runs in the caller's transaction, so a read
 * or change and its entries are stored together or not at all (failing closed: when the log cannot be
 * written, the read fails too). {@link #weigering} runs in a transaction of its own, so a refused
 * attempt stays logged while the refused work rolls back.
 */
@Stateless
@PermitAll
public class Logboek {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext sessie;
    @Inject
    private Clock klok;
    @Inject
    private Instance<Verwerkingscontext> context;
    @Inject
    private MetricRegistry metrics;

    /** One entry per data subject; a read is written once per trace (page view) and subject. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void schrijf(Activiteit activiteit, Collection<Betrokkene> betrokkenen, Instant start, String toelichting) {
        voegToe(activiteit, betrokkenen, "OK", start, toelichting);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void schrijf(Activiteit activiteit, Betrokkene betrokkene, Instant start, String toelichting) {
        schrijf(activiteit, List.of(betrokkene), start, toelichting);
    }

    /** An entry that stays although the caller's work is refused and rolls back (what the user was shown anyway). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void schrijfZelfstandig(Activiteit activiteit, Betrokkene betrokkene, Instant start, String toelichting) {
        voegToe(activiteit, List.of(betrokkene), "OK", start, toelichting);
    }

    /** Whether this user found this household with his own intake search since then. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean heeftGevonden(String gebruiker, String huishoudenPseudoniem, Instant sinds) {
        return !em.createNativeQuery("""
                        select 1 from logboek where gebruiker = ? and betrokkene_id = ? and activiteit = 'INTAKE_ZOEKEN'
                         and status = 'OK' and start_tijd >= ? limit 1""")
                .setParameter(1, gebruiker).setParameter(2, huishoudenPseudoniem).setParameter(3, Timestamp.from(sinds))
                .getResultList().isEmpty();
    }

    /** A refused attempt: written in its own transaction, whatever happens to the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void weigering(Activiteit activiteit, Betrokkene betrokkene, String reden) {
        voegToe(activiteit, List.of(betrokkene), "GEWEIGERD", klok.instant(), reden);
    }

    /**
     * One entry per data subject of a bulk processing (the migration import), written in one
     * statement on the caller's connection, in the caller's transaction: they stand or fall with it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void schrijfBulk(Connection verbinding, Activiteit activiteit, List<Betrokkene> betrokkenen, Instant start, String toelichting)
            throws SQLException {
        if (betrokkenen.isEmpty()) {
            return;
        }
        String[] ids = new String[betrokkenen.size()];
        String[] bsns = new String[ids.length];
        String[] objecten = new String[ids.length];
        String[] spans = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Betrokkene b = betrokkenen.get(i);
            ids[i] = b.id();
            bsns[i] = String.join(",", b.bsns());
            objecten[i] = b.object();
            spans[i] = Verwerkingscontext.id(8);
        }
        try (PreparedStatement st = verbinding.prepareStatement("""
                insert into logboek (trace_id, span_id, activiteit, naam, gebruiker, betrokkene_type, betrokkene_id, betrokkene_bsn,
                                     status, start_tijd, eind_tijd, object, toelichting)
                select ?, s, ?, ?, ?, ?, i, cast(string_to_array(b, ',') as varchar(64)[]), 'OK', ?, ?, o, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as t(i, b, o, s)""")) {
            st.setString(1, traceId());
            st.setString(2, activiteit.name());
            st.setString(3, activiteit.name().toLowerCase());
            st.setString(4, gebruiker());
            st.setString(5, Betrokkene.HUISHOUDEN);
            st.setTimestamp(6, Timestamp.from(start));
            st.setTimestamp(7, Timestamp.from(klok.instant()));
            st.setString(8, toelichting);
            st.setArray(9, verbinding.createArrayOf("text", ids));
            st.setArray(10, verbinding.createArrayOf("text", bsns));
            st.setArray(11, verbinding.createArrayOf("text", objecten));
            st.setArray(12, verbinding.createArrayOf("text", spans));
            st.executeUpdate();
        }
        metrics.counter("sd.logboek.regels", new Tag("status", "OK")).inc(ids.length);
    }

    private String gebruiker() {
        String naam = sessie.getCallerPrincipal() == null ? null : sessie.getCallerPrincipal().getName();
        return naam == null || naam.isBlank() || naam.equalsIgnoreCase("ANONYMOUS") ? "systeem" : naam;
    }

    private void voegToe(Activiteit activiteit, Collection<Betrokkene> betrokkenen, String status, Instant start, String toelichting) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        String trace = traceId();
        Set<String> alGelogd = new HashSet<>();
        if (activiteit.isLezen() && "OK".equals(status)) {
            em.createNativeQuery("select betrokkene_id || '|' || coalesce(object, '') from logboek"
                            + " where trace_id = ? and activiteit = ? and status = 'OK'")
                    .setParameter(1, trace).setParameter(2, activiteit.name())
                    .getResultList().forEach(r -> alGelogd.add((String) r));
        }
        Instant eind = klok.instant();
        String gebruiker = gebruiker();
        List<Betrokkene> nieuw = new ArrayList<>();
        for (Betrokkene b : betrokkenen) {
            if (alGelogd.add(b.id() + "|" + (b.object() == null ? "" : b.object()))) {
                nieuw.add(b);
            }
        }
        metrics.counter("sd.logboek.regels", new Tag("status", status)).inc(nieuw.size());
        for (Betrokkene b : nieuw) {
            em.createNativeQuery("""
                            insert into logboek (trace_id, span_id, activiteit, naam, gebruiker, betrokkene_type, betrokkene_id,
                                                 betrokkene_bsn, status, start_tijd, eind_tijd, object, toelichting)
                            values (?, ?, ?, ?, ?, ?, ?, cast(? as varchar(64)[]), ?, ?, ?, ?, ?)""")
                    .setParameter(1, trace)
                    .setParameter(2, Verwerkingscontext.id(8))
                    .setParameter(3, activiteit.name())
                    .setParameter(4, activiteit.name().toLowerCase())
                    .setParameter(5, gebruiker)
                    .setParameter(6, b.type())
                    .setParameter(7, b.id())
                    .setParameter(8, "{" + String.join(",", b.bsns()) + "}")
                    .setParameter(9, status)
                    .setParameter(10, Timestamp.from(start))
                    .setParameter(11, Timestamp.from(eind))
                    .setParameter(12, b.object())
                    .setParameter(13, toelichting == null ? null : toelichting.substring(0, Math.min(toelichting.length(), 2000)))
                    .executeUpdate();
        }
    }

    private String traceId() {
        try {
            return context.get().traceId();
        } catch (jakarta.enterprise.context.ContextNotActiveException geenVerzoek) {
            return Verwerkingscontext.id(16);
        }
    }
}
