package nl.sociaaldossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GetalConverterTest {

    @Test
    void nederlandseGetallen() {
        assertEquals(new BigDecimal("1234.5"), GetalConverter.lees("1.234,5"));
        assertEquals(new BigDecimal("1234.5"), GetalConverter.lees("1234,5"));
        assertEquals(new BigDecimal("1000"), GetalConverter.lees("1.000"), "a dot groups thousands");
        assertEquals(new BigDecimal("12"), GetalConverter.lees(" 12 "));
        assertEquals(new BigDecimal("-3.25"), GetalConverter.lees("-3,25"));
        assertNull(GetalConverter.lees("  "));
    }

    @Test
    void watTweeKantenOpKanOfBijHetBewarenZouVeranderenWordtGeweigerd() {
        assertEquals(GetalConverter.ONGELDIG, assertThrows(ConverterException.class, () -> GetalConverter.lees("1.5")).getMessage(),
                "a decimal point is not silently read as 15 or 1,5");
        assertEquals(GetalConverter.ONGELDIG, assertThrows(ConverterException.class, () -> GetalConverter.lees("1e309")).getMessage());
        assertEquals(GetalConverter.ONGELDIG, assertThrows(ConverterException.class, () -> GetalConverter.lees("1,000,000")).getMessage());
        assertEquals(GetalConverter.ONGELDIG, assertThrows(ConverterException.class, () -> GetalConverter.lees("twaalf")).getMessage());
        assertEquals(GetalConverter.DECIMALEN, assertThrows(ConverterException.class, () -> GetalConverter.lees("12,555")).getMessage(),
                "not rounded to 12,56 silently");
        assertEquals(GetalConverter.TE_GROOT, assertThrows(ConverterException.class,
                () -> GetalConverter.lees("99999999999999999999999")).getMessage());
    }
}
