package nl.sociaaldossier.logboek.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import nl.sociaaldossier.logboek.LogboekInzage;
import org.junit.jupiter.api.Test;

/** Who processed the data, as the answer to an inzageverzoek names it: a function and team, a system as a system, never a name. */
class InzageverzoekViewTest {

    private static LogboekInzage.Regel regel(String gebruiker, String functie, String team) {
        return new LogboekInzage.Regel(Instant.EPOCH, Instant.EPOCH, gebruiker, "Cas Coenen", functie, team, "DOSSIER_INZIEN", "Dossier inzien",
                "doel", "grondslag", "OK", "casus:1", null, "t", "s");
    }

    @Test
    void eenMedewerkerBijFunctieEenKoppelingAlsSysteem() {
        assertEquals("Gezinscoach, Wijkteam 1", InzageverzoekView.wie(regel("coach", "Gezinscoach", "Wijkteam 1")));
        assertEquals("medewerker", InzageverzoekView.wie(regel("onbekend", null, null)));
        assertEquals("systeemkoppeling (sociaal-dossier-systeem)",
                InzageverzoekView.wie(regel("service-account-sociaal-dossier-systeem", null, null)));
    }
}
