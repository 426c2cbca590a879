package nl.sociaaldossier.indicators.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.sociaaldossier.indicators.query.Definitie;
import nl.sociaaldossier.indicators.query.Eenheid;
import nl.sociaaldossier.indicators.query.IndicatorCatalogus;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Celsleutel;
import nl.sociaaldossier.indicators.query.Onderdrukking;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.indicators.query.Rollup;
import org.junit.jupiter.api.Test;

/** The export holds what the table shows: suppressed cells stay "&lt; 5", in CSV and in Excel; no formulas. */
class ExportTest {

    static final Definitie PER_VOORZIENING = new Definitie("D3-JW-3.1", Eenheid.PERSONEN, Definitie.Weergave.AANTAL,
            List.of("Voorziening", "Aanbieder"), "");

    @Test
    void csvEnExcelTonenOnderdruktAlsKleinerDanVijf() throws Exception {
        // cell keys with no noise (0.5 of the key range), so the published figures are the counts themselves
        long geenRuis = Celsleutel.MODULUS / 2;
        var tabel = Onderdrukking.tabel(PER_VOORZIENING, new Rollup.Uitkomst(List.of(new Rollup.Cel("Jeugd-GGZ", "GGZ Twente", 12, geenRuis),
                new Rollup.Cel("Pleegzorg", "Jeugdhulp; Twente", 3, geenRuis), new Rollup.Cel("=cmd", "@SUM(A1)", 7, geenRuis)), 22, geenRuis));
        var regel = new IndicatorCijfers.Regel(new IndicatorCatalogus.Indicator("D3-JW-3.1", "3.1", "Aantal jeugdigen \"met\" een voorziening",
                "REGISTRATIE", "...", "3.1 Jeugd"), "3.1", "inwoners", PER_VOORZIENING.uitsplitsing(), tabel, null, null,
                Onderdrukking.invoer(new BigDecimal("10.50")), "2022", null, List.of(), true, true);
        List<List<Object>> rijen = Export.rijen(List.of(regel), Periode.jaar(2024), "alle", "Wijkteam 1");
        String csv = new String(Export.csv(rijen), StandardCharsets.UTF_8);
        List<String> regels = csv.lines().toList();
        assertEquals(5, regels.size(), csv);
        assertEquals("D3-JW-3.1;3.1;3.1;\"Aantal jeugdigen \"\"met\"\" een voorziening\";2024;31-12-2024;alle;Wijkteam 1;totaal;22;inwoners;;;10,5;",
                regels.get(1));
        assertTrue(regels.get(2).contains(";Jeugd-GGZ · GGZ Twente;12;"), regels.get(2));
        assertTrue(regels.get(3).contains(";\"Pleegzorg · Jeugdhulp; Twente\";< 5;"));
        assertFalse(csv.contains(";3;"));
        assertTrue(regels.get(4).contains(";'=cmd · @SUM(A1);7;"), "a cell a spreadsheet would read as a formula is neutralised: " + regels.get(4));

        String blad = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Export.xlsx(rijen)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    blad = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(blad.contains("<c r=\"J2\"><v>22</v></c>"), blad);
        assertTrue(blad.contains("<c r=\"J3\"><v>12</v></c>"), blad);
        assertTrue(blad.contains("<c r=\"J4\" t=\"inlineStr\"><is><t>&lt; 5</t></is></c>"), blad);
        assertTrue(blad.contains("&quot;met&quot;"));
        assertFalse(blad.contains("<v>3</v>"));
    }
}
