package nl.sociaaldossier.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The absolute session lifetime: counted from the login, not from the last request. */
class SessieFilterTest {

    @Test
    void eenSessieLeeftHoogstensDeMaximaleDuurNaHetInloggen() {
        Instant aangemeld = Instant.parse("2026-12-01T08:00:00Z");
        assertFalse(SessieFilter.isVerlopen(aangemeld, Duration.ofHours(10), Instant.parse("2026-12-01T17:59:00Z")));
        assertTrue(SessieFilter.isVerlopen(aangemeld, Duration.ofHours(10), Instant.parse("2026-12-01T18:01:00Z")));
    }
}
