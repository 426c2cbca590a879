package nl.sociaaldossier.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Dutch Excel opens it (semicolons, UTF-8 with BOM). A text cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, a tab or a carriage return) is neutralised with a
 * leading apostrophe (OWASP, CSV injection); numbers stay numbers.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] csv(List<String> kop, List<List<Object>> rijen) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", kop.stream().map(Csv::veld).toList())).append("\r\n");
        for (List<Object> rij : rijen) {
            csv.append(String.join(";", rij.stream().map(Csv::veld).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String veld(Object waarde) {
        String tekst;
        if (waarde instanceof BigDecimal b) {
            tekst = b.toPlainString().replace('.', ',');
        } else {
            tekst = waarde == null ? "" : String.valueOf(waarde);
            if (!tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0) {
                tekst = "'" + tekst;
            }
        }
        return tekst.matches("(?s).*[;\"\\r\\n].*") ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }
}
