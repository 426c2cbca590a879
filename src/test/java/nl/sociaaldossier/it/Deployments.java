package nl.sociaaldossier.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of the integration tests: the real built WAR, plus what in-container tests need. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The WAR from {@code target/}, as users run it, with the given test classes and a web
     * fragment that lets Arquillian's test runner servlet through the app's deny-by-default rule.
     */
    public static WebArchive echteWar(Class<?>... testKlassen) {
        return echteWarZonderHelpers(testKlassen).addClasses(AlsGebruiker.class, AlsGebruiker.MetRol.class, AlsGebruiker.Intaker.class,
                AlsGebruiker.Coach.class, AlsGebruiker.Procesmanager.class, AlsGebruiker.Controller.class, AlsGebruiker.TeamCoach.class,
                AlsGebruiker.Intaker2.class, AlsGebruiker.CoachEnController.class, AlsGebruiker.PrivacyOfficer.class, AlsGebruiker.Beheerder.class, Medewerkers.class,
                Sql.class, TestMeldingen.class, TestBsn.class, Tegelijk.class, Tegelijk.Uitkomst.class);
    }

    private static WebArchive echteWarZonderHelpers(Class<?>... testKlassen) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "sociaal-dossier.war")
                .importFrom(new File(System.getProperty("war.file")))
                .as(WebArchive.class);
        JavaArchive open = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <name>arquillianRunnerOpen</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>Arquillian test runner</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
        return metRunAsPrincipals(war).addAsLibrary(open).addClasses(testKlassen);
    }

    /**
     * Payara runs {@code @RunAs} beans (see {@link AlsGebruiker}) only for roles mapped to a
     * principal; the app maps roles to groups alone. Tests add a principal per role that no real
     * user has ("arquillian-intaker", ...); the group mappings stay as users get them.
     */
    private static WebArchive metRunAsPrincipals(WebArchive war) {
        String pad = "WEB-INF/payara-web.xml";
        String xml;
        try (InputStream in = war.get(pad).getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String aangevuld = xml.replaceAll("<role-name>([a-z]+)</role-name>", "$0<principal-name>arquillian-$1</principal-name>")
                .replace("<principal-name>arquillian-intaker</principal-name>",
                        "<principal-name>arquillian-intaker</principal-name><principal-name>arquillian-intaker2</principal-name>")
                .replace("<principal-name>arquillian-coach</principal-name>", "<principal-name>arquillian-coach</principal-name>"
                        + "<principal-name>arquillian-teamcoach</principal-name><principal-name>arquillian-dubbel</principal-name>")
                .replace("<principal-name>arquillian-businesscontroller</principal-name>",
                        "<principal-name>arquillian-businesscontroller</principal-name><principal-name>arquillian-dubbel</principal-name>");
        war.delete(pad);
        return war.addAsWebInfResource(new StringAsset(aangevuld), "payara-web.xml")
                .addAsWebInfResource(new StringAsset("""
                        <glassfish-ejb-jar>
                            <enterprise-beans>
                                <ejb><ejb-name>Intaker</ejb-name><principal><name>arquillian-intaker</name></principal></ejb>
                                <ejb><ejb-name>Coach</ejb-name><principal><name>arquillian-coach</name></principal></ejb>
                                <ejb><ejb-name>Procesmanager</ejb-name><principal><name>arquillian-procesmanager</name></principal></ejb>
                                <ejb><ejb-name>Controller</ejb-name><principal><name>arquillian-businesscontroller</name></principal></ejb>
                                <ejb><ejb-name>TeamCoach</ejb-name><principal><name>arquillian-teamcoach</name></principal></ejb>
                                <ejb><ejb-name>Intaker2</ejb-name><principal><name>arquillian-intaker2</name></principal></ejb>
                                <ejb><ejb-name>CoachEnController</ejb-name><principal><name>arquillian-dubbel</name></principal></ejb>
                                <ejb><ejb-name>PrivacyOfficer</ejb-name><principal><name>arquillian-privacyofficer</name></principal></ejb>
                                <ejb><ejb-name>Beheerder</ejb-name><principal><name>arquillian-beheerder</name></principal></ejb>
                            </enterprise-beans>
                        </glassfish-ejb-jar>
                        """), "glassfish-ejb-jar.xml");
    }
}
