package nl.sociaaldossier.household.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999990019", "100000009"})
    void nummersDieDeElfproefHalenZijnGeldig(String nummer) {
        assertTrue(Bsn.isGeldig(nummer));
        assertEquals(nummer, new Bsn(nummer).nummer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567820", "12345678a", "abcdefghi"})
    @NullAndEmptySource
    void nummersDieDeElfproefNietHalenZijnOngeldig(String nummer) {
        assertFalse(Bsn.isGeldig(nummer));
        DomainException fout = assertThrows(DomainException.class, () -> new Bsn(nummer));
        assertEquals(Bsn.ONGELDIG, fout.getMessage());
    }

    @Test
    void spatiesEnPuntenTellenNietMee() {
        assertEquals("111222333", new Bsn("111.222.333").nummer());
        assertEquals("123456782", new Bsn(" 1234 5678 2 ").nummer());
    }

    @Test
    void gelijkAlsHetNummerGelijkIs() {
        assertEquals(new Bsn("111222333"), new Bsn("111 222 333"));
    }
}
