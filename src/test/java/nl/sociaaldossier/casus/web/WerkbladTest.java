package nl.sociaaldossier.casus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusRechten;
import nl.sociaaldossier.referral.application.VerwijzingRegel;
import nl.sociaaldossier.referral.domain.Termijn;
import org.junit.jupiter.api.Test;

/** What the workspace tells a professional is next, and the plan the family takes home. */
class WerkbladTest {

    static final LocalDate VANDAAG = LocalDate.of(2027, 3, 10);

    static CasusDossier dossier(boolean inAnalyse, List<CasusDossier.Analyse> analyse, String regisseur, CasusDossier.Plan plan) {
        return new CasusDossier(1L, 3, inAnalyse ? "IN_ANALYSE" : "IN_UITVOERING", true, inAnalyse, 1, "Grotestraat 1, 7607 CD Almelo", "Hofkamp",
                "Wijkteam Noord", "0546 123 456",
                List.of(new CasusDossier.Lid(1L, "Sara Bakker", LocalDate.of(1985, 3, 1), "111222333"),
                        new CasusDossier.Lid(2L, "Tim Bakker", LocalDate.of(2014, 6, 9), "123456782")),
                List.of(), analyse, analyse.size() > 1, regisseur, regisseur == null ? "nog geen regisseur" : regisseur, 2, "Meervoudig", false, false,
                false, null, null, null, List.of(), List.of(), List.of(), plan,
                new CasusRechten(true, true, false, false, true, true, true, true, true, true, true, false));
    }

    static CasusDossier.Plan plan() {
        return new CasusDossier.Plan(4, LocalDate.of(2027, 4, 1), List.of(new CasusDossier.DoelRegel(7L, "Financiën", "Huurachterstand ingelopen", null,
                List.of(new CasusDossier.ActieRegel(70L, "Betalingsregeling met de verhuurder", "Sara met de schuldenspecialist", LocalDate.of(2027, 3, 1), null),
                        new CasusDossier.ActieRegel(71L, "Aanmelden bij de Stadsbank", "Cas Coenen", LocalDate.of(2027, 3, 20), null),
                        new CasusDossier.ActieRegel(72L, "Budgetcursus", "Sara", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 28))))),
                List.of());
    }

    @Test
    void inAnalyseEerstDeAnalyseDanDeRegisseurBijMeervoudigeProblematiek() {
        assertEquals("analyse", VolgendeStap.van(dossier(true, List.of(), null, new CasusDossier.Plan(0, null, List.of(), List.of())), List.of(), VANDAAG)
                .get(0).sectie());
        List<CasusDossier.Analyse> twee = List.of(new CasusDossier.Analyse("financien", "Financiën", 2, "Schulden"),
                new CasusDossier.Analyse("opvoeding", "Opvoeding", 3, "Overbelast"));
        VolgendeStap stap = VolgendeStap.van(dossier(true, twee, null, new CasusDossier.Plan(0, null, List.of(), List.of())), List.of(), VANDAAG).get(0);
        assertEquals("regie", stap.sectie());
        assertTrue(stap.wat().contains("precies één regisseur"), stap.wat());
    }

    @Test
    void inUitvoeringTeLaatEerstDanOpDatumMetDeTermijnenVanDeVerwijzingen() {
        VerwijzingRegel jeugdhulp = new VerwijzingRegel(5L, 1, "Tim Bakker", "Jeugdhulp ambulant", null, "Jeugdwet", true, "Jeugdhulp Twente",
                "RAAMCONTRACT", "Wijkteam (gemeente)", false, "AANGEVRAAGD", false, LocalDate.of(2027, 1, 20), null, null, null, null,
                List.of(new Termijn("Beschikking (8 weken na de aanvraag)", LocalDate.of(2027, 3, 17), null)), false, List.of("TOEKENNEN"), List.of(),
                "jeugdhulp-ambulant-begeleiding", "jeugdhulp-twente", "wijkteam-gemeente");
        List<VolgendeStap> stappen = VolgendeStap.van(dossier(false, List.of(), "Cas Coenen", plan()), List.of(jeugdhulp), VANDAAG);
        assertEquals(List.of("Actie: Betalingsregeling met de verhuurder (Sara met de schuldenspecialist)",
                        "Jeugdhulp ambulant voor Tim Bakker: Beschikking (8 weken na de aanvraag)",
                        "Actie: Aanmelden bij de Stadsbank (Cas Coenen)", "Evaluatie van het plan met het gezin"),
                stappen.stream().map(VolgendeStap::wat).toList(), "late first, then by date; a finished action is not next");
        assertTrue(stappen.get(0).teLaat());
        assertFalse(stappen.get(1).teLaat());
    }

    @Test
    void hetPlanVoorHetGezinInGewoneTaal() throws Exception {
        byte[] pdf = PlanVoorHetGezin.pdf(dossier(false, List.of(), "Cas Coenen", plan()), VANDAAG);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder tekst = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int pagina = 1; pagina <= reader.getNumberOfPages(); pagina++) {
            tekst.append(extractor.getTextFromPage(pagina)).append('\n');
        }
        String t = tekst.toString().replaceAll("\\s+", " ");
        for (String verwacht : List.of("Ons plan", "Voor: Sara Bakker, Tim Bakker", "Doel 1: Huurachterstand ingelopen",
                "Betalingsregeling met de verhuurder", "Sara met de schuldenspecialist", "01-03-2027", "Klaar (28-01-2027)",
                "Op 01-04-2027 bekijken we samen hoe het gaat", "Uw regisseur is Cas Coenen van Wijkteam Noord",
                "Bellen kan op 0546 123 456", "Versie 4 van het plan, afgedrukt op 10-03-2027")) {
            assertTrue(t.contains(verwacht), "missing '" + verwacht + "' in: " + t);
        }
        for (String jargon : List.of("AVE", "ZRM", "111222333", "leefgebied")) {
            assertFalse(t.contains(jargon), "no jargon or BSN for the family: " + jargon);
        }
    }
}
