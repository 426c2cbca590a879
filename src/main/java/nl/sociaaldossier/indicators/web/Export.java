package nl.sociaaldossier.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Onderdrukking;
import nl.sociaaldossier.indicators.query.Periode;

/**
 * Exactly what the table view shows, as CSV (semicolons, UTF-8 with BOM, as Dutch Excel opens it)
 * or as an Excel workbook (.xlsx, written directly: one sheet, numbers as numbers, "&lt; 5" as text).
 * It is built from the figures the page holds, which the service has already suppressed.
 */
final class Export {

    static final List<String> KOP = List.of("Indicator", "Beleidslijn", "Code", "Omschrijving", "Periode", "Peildatum", "Wijk", "Team", "Uitsplitsing",
            "Waarde", "Eenheid", "Extern", "Bron extern", "0-meting", "Streefwaarde");

    private Export() {
    }

    /** The rows of the table view: per indicator its total, then its cells. */
    static List<List<Object>> rijen(List<IndicatorCijfers.Regel> regels, Periode periode, String wijk, String team) {
        List<List<Object>> rijen = new ArrayList<>();
        for (IndicatorCijfers.Regel r : regels) {
            rijen.add(rij(r, periode, wijk, team, "totaal", r.waarde()));
            if (r.uitRegistratie()) {
                for (Onderdrukking.Getoond c : r.registratie().cellen()) {
                    rijen.add(rij(r, periode, wijk, team, c.subsleutel() == null ? c.sleutel() : c.sleutel() + " · " + c.subsleutel(), c));
                }
            }
        }
        return rijen;
    }

    private static List<Object> rij(IndicatorCijfers.Regel r, Periode periode, String wijk, String team, String uitsplitsing,
                                    Onderdrukking.Getoond waarde) {
        List<Object> rij = new ArrayList<>();
        rij.add(r.indicator().id());
        rij.add(r.beleidslijn());
        rij.add(r.indicator().code());
        rij.add(r.indicator().tekst());
        rij.add(periode.label());
        rij.add(nl.sociaaldossier.shared.domain.Datums.tekst(periode.peildatum()));
        rij.add(r.filtert() ? wijk : "hele gemeente");
        rij.add(r.filtert() ? team : "hele gemeente");
        rij.add(uitsplitsing);
        rij.add(waarde(waarde));
        rij.add(r.eenheid() == null ? "" : r.eenheid());
        rij.add(waarde(r.extern()));
        rij.add(r.externeBron() == null ? "" : r.externeBron());
        rij.add(waarde(r.nulmeting()));
        rij.add(waarde(r.streefwaarde()));
        return rij;
    }

    /** A number where one is shown as a plain number; otherwise the text shown ("&lt; 5", "63%"). */
    private static Object waarde(Onderdrukking.Getoond g) {
        if (g == null) {
            return "";
        }
        if (g.getal() == null || !g.waarde().matches("[0-9.,]+")) {
            return g.waarde();
        }
        BigDecimal getal = g.getal().stripTrailingZeros();
        return getal.scale() < 0 ? getal.setScale(0) : getal; // 80, never 8E+1
    }

    /** The columns of the table view in the order people read them: what, the figure and its yardsticks, then where and when. */
    static final List<Integer> WEERGAVE = List.of(0, 3, 9, 10, 13, 14, 11, 12, 8, 4, 5, 6, 7, 1, 2);

    static {
        if (!WEERGAVE.stream().sorted().toList().equals(java.util.stream.IntStream.range(0, KOP.size()).boxed().toList())) {
            throw new IllegalStateException("WEERGAVE must show every column of KOP once");
        }
    }

    static byte[] csv(List<List<Object>> rijen) {
        return nl.sociaaldossier.web.Csv.csv(KOP, rijen);
    }

    static byte[] xlsx(List<List<Object>> rijen) {
        StringBuilder blad = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        List<List<Object>> alles = new ArrayList<>();
        alles.add(new ArrayList<>(KOP));
        alles.addAll(rijen);
        for (int r = 0; r < alles.size(); r++) {
            blad.append("<row r=\"").append(r + 1).append("\">");
            List<Object> rij = alles.get(r);
            for (int k = 0; k < rij.size(); k++) {
                String cel = kolom(k) + (r + 1);
                if (rij.get(k) instanceof BigDecimal getal) {
                    blad.append("<c r=\"").append(cel).append("\"><v>").append(getal.toPlainString()).append("</v></c>");
                } else {
                    blad.append("<c r=\"").append(cel).append("\" t=\"inlineStr\"><is><t>").append(xml(String.valueOf(rij.get(k))))
                            .append("</t></is></c>");
                }
            }
            blad.append("</row>");
        }
        blad.append("</sheetData></worksheet>");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            schrijf(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            schrijf(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            schrijf(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Indicatoren\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            schrijf(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            schrijf(zip, "xl/worksheets/sheet1.xml", blad.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void schrijf(ZipOutputStream zip, String naam, String inhoud) throws IOException {
        zip.putNextEntry(new ZipEntry(naam));
        zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String kolom(int k) {
        return k < 26 ? String.valueOf((char) ('A' + k)) : "A" + (char) ('A' + k - 26);
    }

    private static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
