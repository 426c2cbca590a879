package nl.sociaaldossier.api;

import java.util.List;

/** One page of a list: the items, where the page starts and how many there are in all. */
public record Pagina<T>(int pagina, int perPagina, long totaal, List<T> items) {

    public static final int MAX = 100;

    /** The page asked for: page 1 unless given, 25 per page unless given, at most {@value #MAX}. */
    static int[] grenzen(Integer pagina, Integer perPagina) {
        int p = pagina == null ? 1 : pagina;
        int n = perPagina == null ? 25 : perPagina;
        if (p < 1 || n < 1 || n > MAX) {
            throw new Problemen.Ongeldig("Een pagina is 1 of hoger; per pagina 1 tot en met " + MAX + " regels.");
        }
        return new int[] {p, n};
    }
}
