package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    @Test
    void jaarKwartaalMaandEnVanTotMetHunVoorgangersEnLabels() {
        assertEquals(List.of("2022", "2023", "2024"), Periode.jaar(2024).reeks(3).stream().map(Periode::label).toList());
        assertEquals(List.of("2023 K4", "2024 K1"), Periode.kwartaal(2024, 1).reeks(2).stream().map(Periode::label).toList());
        assertEquals(LocalDate.of(2024, 6, 30), Periode.kwartaal(2024, 2).tot());
        assertEquals("februari 2024", Periode.maand(YearMonth.of(2024, 3)).vorige().label());
        Periode drieMaanden = Periode.vanTot(YearMonth.of(2024, 2), YearMonth.of(2024, 4));
        assertEquals("november 2023 t/m januari 2024", drieMaanden.vorige().label(), "the equally long range before it");
        assertEquals(LocalDate.of(2024, 4, 30), drieMaanden.peildatum(), "the last day unless chosen");
        assertEquals(LocalDate.of(2024, 3, 31), drieMaanden.metPeildatum(LocalDate.of(2024, 3, 31)).peildatum());
        assertEquals("2024 K2", Periode.label(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
    }

    @Test
    void eenLinkKanAlleenDePeriodesEnPeildataVanDePaginaVragen() {
        // a single day, as an edited link asked for it
        assertThrows(DomainException.class, () -> new Periode(Periode.Soort.MAAND, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), null));
        // a "year" of three months, a "month" of two, a quarter that does not start a quarter
        assertThrows(DomainException.class, () -> new Periode(Periode.Soort.JAAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null));
        assertThrows(DomainException.class, () -> new Periode(Periode.Soort.MAAND, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), null));
        assertThrows(DomainException.class, () -> new Periode(Periode.Soort.KWARTAAL, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), null));
        // a peildatum moved by one day, or outside the period
        DomainException peil = assertThrows(DomainException.class, () -> Periode.jaar(2025).metPeildatum(LocalDate.of(2025, 6, 29)));
        assertEquals("Kies als peildatum de laatste dag van een maand in de periode.", peil.getMessage());
        assertThrows(DomainException.class, () -> Periode.jaar(2025).metPeildatum(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2025, 6, 30), Periode.jaar(2025).metPeildatum(LocalDate.of(2025, 6, 30)).peildatum());
    }

    @Test
    void eenPeriodeBestaatUitHeleMaanden() {
        DomainException dag = assertThrows(DomainException.class,
                () -> new Periode(Periode.Soort.VAN_TOT, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 30), null));
        assertEquals("Een periode bestaat uit hele maanden: van de eerste tot de laatste dag van een maand.", dag.getMessage());
        assertThrows(DomainException.class, () -> Periode.vanTot(YearMonth.of(2024, 5), YearMonth.of(2024, 4)));
        assertThrows(DomainException.class, () -> Periode.kwartaal(2024, 5));
    }
}
