package nl.sociaaldossier.it;

import java.util.concurrent.ThreadLocalRandom;

/** A fresh BSN that passes the elfproef, so tests sharing one database never meet each other's people. */
final class TestBsn {

    private TestBsn() {
    }

    static String nieuw() {
        while (true) {
            int acht = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            String cijfers = String.valueOf(acht);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (cijfers.charAt(i) - '0');
            }
            int laatste = som % 11;
            if (laatste <= 9) {
                return cijfers + laatste;
            }
        }
    }
}
