package nl.sociaaldossier.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s as {@code timestamptz}. JPA 3.1 (Jakarta EE 10) knows OffsetDateTime but
 * not Instant; without this EclipseLink would serialise it to bytes.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant moment) {
        return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant();
    }
}
