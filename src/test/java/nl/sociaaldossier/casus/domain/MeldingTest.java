package nl.sociaaldossier.casus.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldossier.household.domain.Adres;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.organisation.domain.Team;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.organisation.domain.Wijk;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class MeldingTest {

    static final Instant NU = Instant.parse("2026-11-25T09:00:00Z");
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);
    static final Verwijzer HUISARTS = new Verwijzer(2L, "Huisarts", true);
    static final Voorziening SCHULDHULP = new Voorziening(3L, Voorziening.Soort.MAATWERK, "Schuldhulpverlening", "Traject schuldenspecialist");
    static final Leefgebied FINANCIEN = new Leefgebied("financien", "Financiën", 1);

    static Huishouden huishoudenMetLid() {
        Huishouden h = leegHuishouden();
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1985, 3, 1), new Bsn("111222333"), VANDAAG);
        return h;
    }

    static Huishouden leegHuishouden() {
        Wijk wijk = new Wijk(1L, "De Riet", new Team(2L, "Wijkteam 2", Team.Soort.WIJKTEAM));
        return new Huishouden(new Adres("Rietstraat", "3", "7608 AB", "Almelo"), wijk, NU);
    }

    @Test
    void meldingOverEenVoorzieningIsNieuw() {
        Melding m = Melding.overVoorziening(huishoudenMetLid(), HUISARTS, " Schulden lopen op ", SCHULDHULP, "intaker", NU, VANDAAG);
        assertEquals(Melding.Status.NIEUW, m.status());
        assertEquals("Schulden lopen op", m.hulpvraag());
        assertEquals(SCHULDHULP, m.voorziening());
        assertNull(m.leefgebied());
        assertEquals("intaker", m.geregistreerdDoor());
    }

    @Test
    void meldingOverEenLeefgebied() {
        Melding m = Melding.overLeefgebied(huishoudenMetLid(), HUISARTS, "Zorgen over geld", FINANCIEN, "intaker", NU, VANDAAG);
        assertEquals(FINANCIEN, m.leefgebied());
        assertNull(m.voorziening());
    }

    @Test
    void eenMeldingVraagtNaarEenVoorzieningOfLeefgebied() {
        DomainException fout = assertThrows(DomainException.class,
                () -> Melding.overVoorziening(huishoudenMetLid(), HUISARTS, "vraag", null, "intaker", NU, VANDAAG));
        assertEquals("Kies de voorziening waarover de vraag gaat.", fout.getMessage());
        assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(huishoudenMetLid(), HUISARTS, "vraag", null, "intaker", NU, VANDAAG));
    }

    @Test
    void huishoudenZonderLedenKanNietWordenGemeld() {
        DomainException fout = assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(leegHuishouden(), HUISARTS, "vraag", FINANCIEN, "intaker", NU, VANDAAG));
        assertEquals("Voeg minstens één lid van het huishouden toe.", fout.getMessage());
    }

    @Test
    void verwijzerEnHulpvraagZijnVerplicht() {
        assertEquals("Kies wie de melding doet (de verwijzer).", assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(huishoudenMetLid(), null, "vraag", FINANCIEN, "intaker", NU, VANDAAG)).getMessage());
        assertEquals("Beschrijf de hulpvraag.", assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(huishoudenMetLid(), HUISARTS, "  ", FINANCIEN, "intaker", NU, VANDAAG)).getMessage());
        assertThrows(DomainException.class, () -> Melding.overLeefgebied(huishoudenMetLid(), HUISARTS,
                "x".repeat(Melding.MAX_HULPVRAAG + 1), FINANCIEN, "intaker", NU, VANDAAG));
    }

    @Test
    void meldingsdatumNietInDeToekomst() {
        assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(huishoudenMetLid(), HUISARTS, "vraag", FINANCIEN, "intaker", NU, VANDAAG.plusDays(1)));
        assertThrows(DomainException.class,
                () -> Melding.overLeefgebied(huishoudenMetLid(), HUISARTS, "vraag", FINANCIEN, "intaker", NU, null));
    }
}
