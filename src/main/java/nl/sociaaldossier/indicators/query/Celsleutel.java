package nl.sociaaldossier.indicators.query;

/**
 * The cell-key method (Eurostat, Australian Bureau of Statistics; Thompson, Broadfoot and Elazar,
 * "Methodology for the automatic confidentialisation of statistical outputs from remote servers at
 * the ABS", 2013): every record has a fixed pseudo-random key in [0, 2^31) (a keyed hash of its id
 * under a secret seed, setting {@code indicatoren.celsleutel}); a cell's key is the sum of the keys
 * of the distinct records in it, modulo 2^31. The noise added to a count is a fixed function of
 * that cell key (the perturbation table below). So the same set of records always gets the same
 * noise: asking again, by another route or with another filter that selects the same records, gives
 * the same figure and cannot be averaged away; two different sets get independent noise, so the
 * difference of two figures (the municipality minus the other wijken, a year minus its quarters, a
 * shifted peildatum, a total minus its cells) is off by up to 4 and never gives a small group exactly.
 */
public final class Celsleutel {

    /** The seed when none is configured (local use and tests). A municipality sets its own secret, once. */
    public static final long STANDAARD_ZAAD = 20_260_101L;

    /** 2^31: cell keys are in [0, MODULUS). */
    public static final long MODULUS = 1L << 31;

    /**
     * The perturbation table: the noise for a cell key, zero mean, variance 1.2, at most 2 either
     * way. By share of the key range: -2 (10%), -1 (20%), 0 (40%), +1 (20%), +2 (10%).
     */
    private static final double[] GRENZEN = {0.10, 0.30, 0.70, 0.90, 1.00};
    private static final int[] RUIS = {-2, -1, 0, 1, 2};

    private Celsleutel() {
    }

    public static int ruis(long celsleutel) {
        double u = Math.floorMod(celsleutel, MODULUS) / (double) MODULUS;
        for (int i = 0; i < GRENZEN.length; i++) {
            if (u < GRENZEN[i]) {
                return RUIS[i];
            }
        }
        return RUIS[RUIS.length - 1];
    }

    /** The published count: zero stays zero; otherwise the count plus the cell's noise, never below zero. */
    public static long verstoord(long aantal, long celsleutel) {
        return aantal == 0 ? 0 : Math.max(0, aantal + ruis(celsleutel));
    }
}
