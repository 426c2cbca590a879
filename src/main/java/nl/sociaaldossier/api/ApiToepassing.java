package nl.sociaaldossier.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Sociaal Dossier API", version = "1",
        description = "De registratie van het sociaal domein voor andere systemen en BI. Toegang met een toegangstoken van"
                + " de inlogdienst (Keycloak); dezelfde rollen, toegangsregels en Logboek als de schermen."),
        security = @SecurityRequirement(name = "toegangstoken"))
@SecurityScheme(securitySchemeName = "toegangstoken", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiToepassing extends Application {
}
