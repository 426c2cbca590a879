package nl.sociaaldossier.organisation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;

/** Wijken, teams and verwijzers as configured. */
@ApplicationScoped
public class OrganisatieRepository {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock klok;

    public List<Wijk> wijken() {
        return em.createQuery("select w from Wijk w order by w.naam", Wijk.class).getResultList();
    }

    public List<Verwijzer> verwijzers() {
        return em.createQuery("select v from Verwijzer v order by v.extern, v.naam", Verwijzer.class).getResultList();
    }

    public Optional<Wijk> findWijk(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Wijk.class, id));
    }

    /** A wijk a new household may live in: valid today. */
    public Wijk getWijk(Long id) {
        return findWijk(id).filter(w -> w.isGeldigOp(LocalDate.now(klok))).orElseThrow(() -> new DomainException("Kies een wijk uit de lijst."));
    }

    /**
     * The staff record of a user, if active today. A user whose record the beheerder ended has no
     * team any more, so no dossier of a team opens for them, even while the Keycloak account lives on.
     */
    public Optional<Medewerker> findMedewerker(String gebruikersnaam) {
        return Optional.ofNullable(gebruikersnaam == null ? null : em.find(Medewerker.class, gebruikersnaam))
                .filter(m -> m.isGeldigOp(LocalDate.now(klok)));
    }

    public Medewerker getMedewerker(String gebruikersnaam) {
        return findMedewerker(gebruikersnaam)
                .orElseThrow(() -> new DomainException("Medewerker " + gebruikersnaam + " is niet bekend; vraag de beheerder u aan een team toe te voegen."));
    }

    /** The staff of a team who may be regisseur, by name. */
    public List<Medewerker> mogelijkeRegisseurs(Team team) {
        return em.createQuery("select m from Medewerker m where m.team = :team order by m.naam", Medewerker.class)
                .setParameter("team", team)
                .getResultList().stream().filter(this::magRegieKrijgen).toList();
    }

    /** Everyone who may be regisseur, in every team (for an explicit hand-over of regie to another team). */
    public List<Medewerker> alleMogelijkeRegisseurs() {
        return em.createQuery("select m from Medewerker m join fetch m.team order by m.team.naam, m.naam", Medewerker.class)
                .getResultList().stream().filter(this::magRegieKrijgen).toList();
    }

    private boolean magRegieKrijgen(Medewerker m) {
        return m.kanRegisseurZijn() && m.isGeldigOp(LocalDate.now(klok));
    }

    public Verwijzer getVerwijzer(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Verwijzer.class, id))
                .orElseThrow(() -> new DomainException("Kies een verwijzer uit de lijst."));
    }

    /**
     * The names of staff by user name, for showing people instead of logins. A login without a
     * staff record (a system job, a removed account) keeps its login name.
     */
    public Map<String, String> namen(Collection<String> gebruikersnamen) {
        List<String> gezocht = gebruikersnamen.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, String> namen = gezocht.isEmpty() ? new java.util.HashMap<>()
                : em.createQuery("select m from Medewerker m where m.gebruikersnaam in :namen", Medewerker.class)
                        .setParameter("namen", gezocht).getResultList().stream()
                        .collect(Collectors.toMap(Medewerker::gebruikersnaam, Medewerker::naam));
        gezocht.forEach(g -> namen.putIfAbsent(g, g));
        return namen;
    }
}
