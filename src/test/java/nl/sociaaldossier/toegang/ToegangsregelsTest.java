package nl.sociaaldossier.toegang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import org.junit.jupiter.api.Test;

/** The access rules as data: the README shows exactly this table, and every service method says whether it processes personal data. */
class ToegangsregelsTest {

    @Test
    void deReadmeToontDeTabelVanDeRegels() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(Toegangsregels.alsMarkdown()),
                "README.md must hold the access table as Toegangsregels.alsMarkdown() prints it:\n" + Toegangsregels.alsMarkdown());
    }

    @Test
    void deReadmeEnWebXmlToonDeTabelVanDePaginas() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(Toegangsregels.paginasAlsMarkdown()), "README.md must hold:\n" + Toegangsregels.paginasAlsMarkdown());
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        var beperkingen = xml.getElementsByTagName("security-constraint");
        java.util.Map<String, Set<String>> inWebXml = new java.util.LinkedHashMap<>();
        for (int i = 0; i < beperkingen.getLength(); i++) {
            var b = (org.w3c.dom.Element) beperkingen.item(i);
            var patronen = b.getElementsByTagName("url-pattern");
            var rollen = b.getElementsByTagName("role-name");
            Set<String> set = new java.util.TreeSet<>();
            for (int r = 0; r < rollen.getLength(); r++) {
                set.add(rollen.item(r).getTextContent().strip());
            }
            for (int p = 0; p < patronen.getLength(); p++) {
                inWebXml.put(patronen.item(p).getTextContent().strip(), set);
            }
        }
        Toegangsregels.PAGINAS.forEach((gebied, rollen) ->
                org.junit.jupiter.api.Assertions.assertEquals(new java.util.TreeSet<>(rollen), inWebXml.get(gebied), gebied));
    }

    @Test
    void deBusinesscontrollerOpentNooitEenDossierOokNietMetEenAndereRol() {
        for (Handeling h : Handeling.values()) {
            assertFalse(Toegangsregels.mag(Set.of(Rol.COACH, Rol.BUSINESSCONTROLLER), Set.of(Relatie.values()), h), h.name());
            assertFalse(Toegangsregels.mag(Set.of(Rol.BEHEERDER), Set.of(Relatie.values()), h), h.name());
            assertFalse(Toegangsregels.mag(Set.of(Rol.PRIVACYOFFICER), Set.of(Relatie.values()), h), h.name());
        }
        assertTrue(Toegangsregels.mag(Set.of(Rol.COACH), Set.of(Relatie.REGISSEUR), Handeling.AVE_WIJZIGEN));
        assertFalse(Toegangsregels.mag(Set.of(Rol.INTAKER), Set.of(Relatie.TEAMLID), Handeling.AVE_WIJZIGEN), "the finding: anyone could");
        assertFalse(Toegangsregels.mag(Set.of(Rol.COACH), Set.of(Relatie.TEAMLID), Handeling.AFSLUITEN));
    }

    /**
     * Every public method of every service (a class in an application package, or the logboek's)
     * is marked: it processes personal data (and which activity it logs) or it does not (and why).
     * A new read path without a mark fails here; ToegangIT checks that each marked one logs.
     */
    @Test
    void elkeDienstmethodeZegtOfZePersoonsgegevensVerwerkt() throws Exception {
        List<String> ongemarkeerd = new ArrayList<>();
        int diensten = 0;
        Path klassen = Path.of("target/classes");
        try (Stream<Path> bestanden = Files.walk(klassen)) {
            for (Path p : bestanden.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String naam = klassen.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> k = Class.forName(naam);
                if (!k.isAnnotationPresent(jakarta.ejb.Stateless.class) || !(naam.contains(".application.") || naam.contains(".logboek."))) {
                    continue;
                }
                if (naam.endsWith("Toegangscontrole") || naam.endsWith(".Logboek") || naam.endsWith("IndicatorWaarden")) {
                    continue; // the checks and the log themselves; IndicatorWaarden holds aggregates and entered values only
                }
                diensten++;
                for (Method m : k.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !m.isAnnotationPresent(Verwerking.class)
                            && !m.isAnnotationPresent(GeenPersoonsgegevens.class)) {
                        ongemarkeerd.add(k.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(diensten >= 5, "services found: " + diensten);
        assertTrue(ongemarkeerd.isEmpty(), "service methods without @Verwerking or @GeenPersoonsgegevens: " + ongemarkeerd);
    }
}
