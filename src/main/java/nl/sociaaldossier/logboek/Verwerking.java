package nl.sociaaldossier.logboek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that reads or changes personal data, with the processing activity it logs.
 * Every public method of a service carries this or {@link GeenPersoonsgegevens}; a test enumerates
 * them and checks that each one marked here writes its log entries.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Verwerking {
    Activiteit value();
}
