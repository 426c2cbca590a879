package nl.sociaaldossier.toegang;

import static nl.sociaaldossier.toegang.Handeling.AFSLUITEN;
import static nl.sociaaldossier.toegang.Handeling.ANALYSEREN;
import static nl.sociaaldossier.toegang.Handeling.AVE_WIJZIGEN;
import static nl.sociaaldossier.toegang.Handeling.HEROPENEN;
import static nl.sociaaldossier.toegang.Handeling.INZIEN;
import static nl.sociaaldossier.toegang.Handeling.MELDING_TOEVOEGEN;
import static nl.sociaaldossier.toegang.Handeling.PLANNEN;
import static nl.sociaaldossier.toegang.Handeling.REGIE_OVERDRAGEN;
import static nl.sociaaldossier.toegang.Handeling.REGIE_OVERNEMEN;
import static nl.sociaaldossier.toegang.Handeling.REGISSEUR_TOEWIJZEN;
import static nl.sociaaldossier.toegang.Handeling.UITVOERING_STARTEN;
import static nl.sociaaldossier.toegang.Handeling.VERSLAG_SCHRIJVEN;
import static nl.sociaaldossier.toegang.Handeling.VERWIJZEN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldossier.security.Rol;

/**
 * Who may do what to which dossier: per role and per relation to the dossier, the actions allowed.
 * Anything not listed is refused (deny by default). This table is the single source: the services
 * check it ({@link #mag}), the pages show what it allows, the README's access table is printed from
 * it ({@link #alsMarkdown}) and the role matrix test walks it.
 *
 * <p>A token that carries the businesscontroller role never opens a dossier, whatever other roles it
 * has: the controller's figures must not be combinable with what a dossier shows
 * ({@link #UITGESLOTEN}). Beheerder and privacy officer have no relation to dossiers at all.
 */
public final class Toegangsregels {

    /** Roles that exclude all dossier access, also when the same user has a casework role. */
    public static final Set<String> UITGESLOTEN = Set.of(Rol.BUSINESSCONTROLLER);

    private static final Map<String, Map<Relatie, Set<Handeling>>> REGELS = new LinkedHashMap<>();

    /**
     * The areas of the app (URL patterns) and the roles that may open their pages: what web.xml's
     * security constraints say (a test compares them). Within an area the services decide per
     * dossier, by the rules above: a page of the area with someone else's id is refused there.
     */
    public static final Map<String, Set<String>> PAGINAS = new LinkedHashMap<>();

    static {
        PAGINAS.put("/meldingen/*", Set.of(Rol.INTAKER));
        PAGINAS.put("/casus/*", Set.of(Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER));
        PAGINAS.put("/indicatoren/*", Set.of(Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER));
        PAGINAS.put("/logboek/*", Set.of(Rol.PRIVACYOFFICER));
        PAGINAS.put("/beheer/*", Set.of(Rol.BEHEERDER));
    }

    static {
        regel(Rol.INTAKER, Relatie.TEAMLID, INZIEN, ANALYSEREN, REGISSEUR_TOEWIJZEN, UITVOERING_STARTEN, VERSLAG_SCHRIJVEN,
                MELDING_TOEVOEGEN);
        regel(Rol.COACH, Relatie.TEAMLID, INZIEN, ANALYSEREN, REGISSEUR_TOEWIJZEN, UITVOERING_STARTEN, VERSLAG_SCHRIJVEN);
        regel(Rol.COACH, Relatie.REGISSEUR, INZIEN, ANALYSEREN, UITVOERING_STARTEN, VERSLAG_SCHRIJVEN, PLANNEN, VERWIJZEN,
                REGIE_OVERDRAGEN, AVE_WIJZIGEN, AFSLUITEN, HEROPENEN);
        regel(Rol.PROCESMANAGER, Relatie.OPGESCHAALD, INZIEN, REGIE_OVERNEMEN);
        regel(Rol.PROCESMANAGER, Relatie.PROCESMANAGER, INZIEN, ANALYSEREN, VERSLAG_SCHRIJVEN, PLANNEN, VERWIJZEN, AVE_WIJZIGEN,
                AFSLUITEN);
    }

    private Toegangsregels() {
    }

    private static void regel(String rol, Relatie relatie, Handeling... handelingen) {
        REGELS.computeIfAbsent(rol, r -> new LinkedHashMap<>()).put(relatie, EnumSet.copyOf(List.of(handelingen)));
    }

    /** Whether a user with these roles and these relations to a dossier may do this. */
    public static boolean mag(Collection<String> rollen, Collection<Relatie> relaties, Handeling handeling) {
        if (rollen.stream().anyMatch(UITGESLOTEN::contains)) {
            return false;
        }
        return rollen.stream().anyMatch(rol -> relaties.stream()
                .anyMatch(relatie -> REGELS.getOrDefault(rol, Map.of()).getOrDefault(relatie, Set.of()).contains(handeling)));
    }

    /** Everything the user may do, given roles and relations. */
    public static Set<Handeling> toegestaan(Collection<String> rollen, Collection<Relatie> relaties) {
        Set<Handeling> mag = EnumSet.noneOf(Handeling.class);
        for (Handeling h : Handeling.values()) {
            if (mag(rollen, relaties, h)) {
                mag.add(h);
            }
        }
        return mag;
    }

    /** The roles that have any rule, in the table's order. */
    public static List<String> rollen() {
        return new ArrayList<>(REGELS.keySet());
    }

    /** Whether a user with these roles may open pages of the area (the container's check; services check the dossier). */
    public static boolean magPagina(Collection<String> rollen, String gebied) {
        return rollen.stream().anyMatch(PAGINAS.getOrDefault(gebied, Set.of())::contains);
    }

    /** The areas as Markdown, for the README: one row per area, one column per role. */
    public static String paginasAlsMarkdown() {
        StringBuilder md = new StringBuilder("| pagina's |");
        for (String rol : Rol.ALLE) {
            md.append(' ').append(rol).append(" |");
        }
        md.append("\n|---|");
        for (String rol : Rol.ALLE) {
            md.append("---|");
        }
        md.append('\n');
        PAGINAS.forEach((gebied, rollen) -> {
            md.append("| `").append(gebied).append("` |");
            for (String rol : Rol.ALLE) {
                md.append(rollen.contains(rol) ? " ja |" : " – |");
            }
            md.append('\n');
        });
        return md.toString();
    }

    /** The access table as Markdown, for the README: one row per action, one column per role and relation. */
    public static String alsMarkdown() {
        List<String[]> kolommen = new ArrayList<>();
        REGELS.forEach((rol, perRelatie) -> perRelatie.keySet().forEach(rel -> kolommen.add(new String[] {rol, rel.name()})));
        StringBuilder md = new StringBuilder("| handeling |");
        kolommen.forEach(k -> md.append(' ').append(k[0]).append(" × ").append(k[1].toLowerCase()).append(" |"));
        md.append(" businesscontroller, beheerder, privacyofficer, koppeling |\n|---|");
        kolommen.forEach(k -> md.append("---|"));
        md.append("---|\n");
        for (Handeling h : Handeling.values()) {
            md.append("| ").append(h.omschrijving()).append(" |");
            for (String[] k : kolommen) {
                md.append(REGELS.get(k[0]).get(Relatie.valueOf(k[1])).contains(h) ? " ja |" : " – |");
            }
            md.append(" – |\n");
        }
        return md.toString();
    }
}
