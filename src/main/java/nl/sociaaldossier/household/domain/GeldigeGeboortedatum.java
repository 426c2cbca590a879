package nl.sociaaldossier.household.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** Bean Validation for a typed birth date: on or after {@link Gezinslid#VROEGSTE_GEBOORTEDATUM}; empty and future are left to other rules. */
@Documented
@Constraint(validatedBy = GeldigeGeboortedatum.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigeGeboortedatum {

    String message() default "{lid.geboortedatum.te.vroeg}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigeGeboortedatum, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(Gezinslid.VROEGSTE_GEBOORTEDATUM);
        }
    }
}
