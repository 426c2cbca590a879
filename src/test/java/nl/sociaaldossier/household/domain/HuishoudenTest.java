package nl.sociaaldossier.household.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void namenZoalsMensenZeSchrijvenEnGeenOpmaak() {
        Huishouden h = huishouden();
        var bsns = geldigeBsns();
        for (String naam : List.of("'t Hart", "Jan-Willem", "N'Diaye", "Çelik", "Ðorđević", "van der Berg", "Zoë")) {
            h.voegLidToe(naam, "Jansen", LocalDate.of(1985, 3, 1), bsns.next(), VANDAAG);
        }
        for (String fout : List.of("<b>Anna</b>", "Anna1", "Anna;", "-Anna", " ")) {
            assertThrows(DomainException.class, () -> h.voegLidToe(fout, "Jansen", LocalDate.of(1985, 3, 1), bsns.next(), VANDAAG), fout);
        }
        DomainException opmaak = assertThrows(DomainException.class,
                () -> h.voegLidToe("Anna", "<script>x</script>", LocalDate.of(1985, 3, 1), bsns.next(), VANDAAG));
        assertEquals("De achternaam mag alleen letters, spaties, koppeltekens (-) en apostrofs (') bevatten.", opmaak.getMessage());
    }

    @Test
    void eenGeboortedatumVoor1900IsEenTikfout() {
        Huishouden h = huishouden();
        var bsns = geldigeBsns();
        DomainException oud = assertThrows(DomainException.class,
                () -> h.voegLidToe("Anna", "Jansen", LocalDate.of(1850, 3, 1), bsns.next(), VANDAAG));
        assertEquals("Een geboortedatum ligt op of na 01-01-1900: controleer het jaar.", oud.getMessage());
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1900, 1, 1), bsns.next(), VANDAAG);
    }

    /** Valid BSNs (elfproef) that differ, for households with many members; one generator per test. */
    static java.util.Iterator<Bsn> geldigeBsns() {
        return java.util.stream.IntStream.iterate(100_000_000, i -> i + 1).mapToObj(String::valueOf).filter(Bsn::isGeldig).map(Bsn::new).iterator();
    }
}
