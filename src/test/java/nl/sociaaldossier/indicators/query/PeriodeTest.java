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
        assertEquals(LocalDate.of(2024, 3, 1), drieMaanden.metPeildatum(LocalDate.of(2024, 3, 1)).peildatum());
        assertEquals("2024 K2", Periode.label(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
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
