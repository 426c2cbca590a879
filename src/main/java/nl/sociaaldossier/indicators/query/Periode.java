package nl.sociaaldossier.indicators.query;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The period of a rollup: a year, quarter, month or a range of whole months, both ends included,
 * and the peildatum on which ages, contracts and waiting lists are taken (by default the last day).
 * A range is limited to whole months so that two ranges cannot be subtracted to reveal a single day.
 */
public record Periode(Soort soort, LocalDate van, LocalDate tot, LocalDate peildatum) implements Serializable {

    public enum Soort { JAAR, KWARTAAL, MAAND, VAN_TOT }

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /**
     * Only the periods and peildata the page offers, whichever way they arrive (a form, an edited
     * link): a whole year, quarter or month as its kind says, or a range of whole months; the
     * peildatum the last day of a month within the period.
     */
    public Periode {
        DomainException.vereis(soort != null, "Kies het soort periode.");
        DomainException.vereis(van != null && tot != null, "Kies het begin en einde van de periode.");
        DomainException.vereis(!tot.isBefore(van), "Het einde van de periode ligt voor het begin.");
        DomainException.vereis(van.getDayOfMonth() == 1 && tot.equals(YearMonth.from(tot).atEndOfMonth()),
                "Een periode bestaat uit hele maanden: van de eerste tot de laatste dag van een maand.");
        long maanden = YearMonth.from(van).until(YearMonth.from(tot), java.time.temporal.ChronoUnit.MONTHS) + 1;
        boolean klopt = switch (soort) {
            case JAAR -> maanden == 12 && van.getMonthValue() == 1;
            case KWARTAAL -> maanden == 3 && van.getMonthValue() % 3 == 1;
            case MAAND -> maanden == 1;
            case VAN_TOT -> maanden <= 12 * 7;
        };
        DomainException.vereis(klopt, "Deze periode past niet bij het soort periode (jaar, kwartaal, maand of maanden van-tot).");
        peildatum = peildatum == null ? tot : peildatum;
        DomainException.vereis(!peildatum.isBefore(van) && !peildatum.isAfter(tot)
                        && peildatum.equals(YearMonth.from(peildatum).atEndOfMonth()),
                "Kies als peildatum de laatste dag van een maand in de periode.");
    }

    public static Periode jaar(int jaar) {
        return new Periode(Soort.JAAR, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31), null);
    }

    public static Periode kwartaal(int jaar, int kwartaal) {
        DomainException.vereis(kwartaal >= 1 && kwartaal <= 4, "Kies kwartaal 1 tot en met 4.");
        LocalDate van = LocalDate.of(jaar, 3 * kwartaal - 2, 1);
        return new Periode(Soort.KWARTAAL, van, YearMonth.from(van.plusMonths(2)).atEndOfMonth(), null);
    }

    public static Periode maand(YearMonth maand) {
        return new Periode(Soort.MAAND, maand.atDay(1), maand.atEndOfMonth(), null);
    }

    public static Periode vanTot(YearMonth van, YearMonth tot) {
        return new Periode(Soort.VAN_TOT, van.atDay(1), tot.atEndOfMonth(), null);
    }

    public Periode metPeildatum(LocalDate datum) {
        return new Periode(soort, van, tot, datum);
    }

    /** The period of the same kind just before this one (a range: the equally long range before it). */
    public Periode vorige() {
        return switch (soort) {
            case JAAR -> jaar(van.getYear() - 1);
            case KWARTAAL -> new Periode(Soort.KWARTAAL, van.minusMonths(3), YearMonth.from(van.minusMonths(1)).atEndOfMonth(), null);
            case MAAND -> maand(YearMonth.from(van).minusMonths(1));
            case VAN_TOT -> {
                long maanden = YearMonth.from(van).until(YearMonth.from(tot), java.time.temporal.ChronoUnit.MONTHS) + 1;
                yield vanTot(YearMonth.from(van).minusMonths(maanden), YearMonth.from(van).minusMonths(1));
            }
        };
    }

    /** This period and the ones before it, oldest first: the trend. */
    public List<Periode> reeks(int aantal) {
        List<Periode> reeks = new ArrayList<>();
        Periode p = this;
        for (int i = 0; i < aantal; i++) {
            reeks.add(p);
            p = p.vorige();
        }
        Collections.reverse(reeks);
        return reeks;
    }

    public String label() {
        return switch (soort) {
            case JAAR -> String.valueOf(van.getYear());
            case KWARTAAL -> van.getYear() + " K" + ((van.getMonthValue() + 2) / 3);
            case MAAND -> van.getMonth().getDisplayName(TextStyle.FULL, NL) + " " + van.getYear();
            case VAN_TOT -> maandLabel(van) + " t/m " + maandLabel(tot);
        };
    }

    /** The label of a stored period: its kind follows from its length. */
    public static String label(LocalDate van, LocalDate tot) {
        long maanden = YearMonth.from(van).until(YearMonth.from(tot), java.time.temporal.ChronoUnit.MONTHS) + 1;
        boolean heleMaanden = van.getDayOfMonth() == 1 && tot.equals(YearMonth.from(tot).atEndOfMonth());
        if (heleMaanden && maanden == 12 && van.getMonthValue() == 1) {
            return String.valueOf(van.getYear());
        }
        if (heleMaanden && maanden == 3 && van.getMonthValue() % 3 == 1) {
            return kwartaal(van.getYear(), (van.getMonthValue() + 2) / 3).label();
        }
        if (heleMaanden && maanden == 1) {
            return maand(YearMonth.from(van)).label();
        }
        return heleMaanden ? vanTot(YearMonth.from(van), YearMonth.from(tot)).label() : van + " t/m " + tot;
    }

    private static String maandLabel(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, NL) + " " + d.getYear();
    }
}
