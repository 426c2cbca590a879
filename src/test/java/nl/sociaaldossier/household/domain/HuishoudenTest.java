package nl.sociaaldossier.household.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldossier.organisation.domain.Team;
import nl.sociaaldossier.organisation.domain.Wijk;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class HuishoudenTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    static Huishouden huishouden() {
        Wijk wijk = new Wijk(1L, "Hofkamp", new Team(1L, "Wijkteam 1", Team.Soort.WIJKTEAM));
        return new Huishouden(new Adres("Grotestraat", "12a", "7607cd", "Almelo"), wijk, Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void ledenKrijgenEenVolgnummerEnHouden() {
        Huishouden h = huishouden();
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1985, 3, 1), new Bsn("111222333"), VANDAAG);
        h.voegLidToe("Bram", "Jansen", LocalDate.of(2015, 6, 9), new Bsn("123456782"), VANDAAG);
        assertEquals(2, h.leden().size());
        assertEquals("Bram Jansen", h.leden().get(1).naam());
    }

    @Test
    void eenBsnStaatMaarEenKeerInEenHuishouden() {
        Huishouden h = huishouden();
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1985, 3, 1), new Bsn("111222333"), VANDAAG);
        DomainException fout = assertThrows(DomainException.class,
                () -> h.voegLidToe("Bram", "Jansen", LocalDate.of(2015, 6, 9), new Bsn("111 222 333"), VANDAAG));
        assertEquals("BSN 111222333 staat al bij een ander lid van dit huishouden.", fout.getMessage());
        assertEquals(1, h.leden().size());
    }

    @Test
    void geboortedatumNietInDeToekomst() {
        Huishouden h = huishouden();
        DomainException fout = assertThrows(DomainException.class,
                () -> h.voegLidToe("Anna", "Jansen", VANDAAG.plusDays(1), new Bsn("111222333"), VANDAAG));
        assertEquals("De geboortedatum kan niet in de toekomst liggen.", fout.getMessage());
        assertEquals(0, h.leden().size());
        h.voegLidToe("Anna", "Jansen", VANDAAG, new Bsn("111222333"), VANDAAG);
    }

    @Test
    void naamEnGeboortedatumZijnVerplicht() {
        Huishouden h = huishouden();
        Bsn bsn = new Bsn("111222333");
        assertThrows(DomainException.class, () -> h.voegLidToe(" ", "Jansen", LocalDate.of(1985, 3, 1), bsn, VANDAAG));
        assertThrows(DomainException.class, () -> h.voegLidToe("Anna", null, LocalDate.of(1985, 3, 1), bsn, VANDAAG));
        assertThrows(DomainException.class, () -> h.voegLidToe("Anna", "Jansen", null, bsn, VANDAAG));
        assertThrows(DomainException.class, () -> h.voegLidToe("Anna", "Jansen", LocalDate.of(1985, 3, 1), null, VANDAAG));
        assertEquals(0, h.leden().size());
    }

    @Test
    void adresEnWijkZijnVerplichtEnPostcodeWordtNetjes() {
        Adres adres = new Adres("Grotestraat", "12a", "7607cd", "Almelo");
        assertEquals("7607 CD", adres.postcode());
        assertThrows(DomainException.class, () -> new Adres("Grotestraat", "12", "760 CD", "Almelo"));
        assertThrows(DomainException.class, () -> new Adres("", "12", "7607 CD", "Almelo"));
        assertThrows(DomainException.class, () -> new Huishouden(adres, null, Instant.now()));
    }
}
