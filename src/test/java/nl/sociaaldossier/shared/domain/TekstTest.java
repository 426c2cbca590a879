package nl.sociaaldossier.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TekstTest {

    @Test
    void stuurtekensEnRichtingsmarkeringenWordenGeweigerd() {
        assertTrue(Tekst.bevatStuurtekens("a\u0000b"), "NUL, which PostgreSQL refuses");
        assertTrue(Tekst.bevatStuurtekens("bel\u0007"));
        assertTrue(Tekst.bevatStuurtekens("\u001b[31mrood"));
        assertTrue(Tekst.bevatStuurtekens("C1 \u0085"));
        assertTrue(Tekst.bevatStuurtekens("naam \u202egnissiwrevo"), "right-to-left override");
        assertTrue(Tekst.bevatStuurtekens("\u2066isolate\u2069"));
    }

    @Test
    void gewoneTekstEmojiEnRegelsBlijvenZoalsGetypt() {
        assertFalse(Tekst.bevatStuurtekens("Zoë d'Ancona-Brouwer"));
        assertFalse(Tekst.bevatStuurtekens("regel 1\nregel 2\r\n\tingesprongen"));
        assertFalse(Tekst.bevatStuurtekens("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 gezin"), "emoji with zero-width joiners");
        assertFalse(Tekst.bevatStuurtekens("\u200bnulbreedte"));
        assertFalse(Tekst.bevatStuurtekens("<script>alert(1)</script>"), "markup is stored as typed and shown escaped");
        assertFalse(Tekst.bevatStuurtekens(null));
    }

    @Test
    void teLangTeltTekensNietUtf16Eenheden() {
        assertNull(Tekst.teLang("\ud83d\ude00".repeat(10), 10), "ten emoji are ten characters");
        assertEquals("Deze tekst is te lang: hoogstens 10 tekens, het zijn er 11.", Tekst.teLang("x".repeat(11), 10));
        assertEquals("Deze tekst is te lang: hoogstens 10.000 tekens, het zijn er 20.000.", Tekst.teLang("x".repeat(20_000), Tekst.MAXIMUM));
    }
}
