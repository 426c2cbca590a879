package nl.sociaaldossier.logboek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a service method that returns no personal data of inwoners (reference data, staff, aggregates); says why. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GeenPersoonsgegevens {
    String value();
}
