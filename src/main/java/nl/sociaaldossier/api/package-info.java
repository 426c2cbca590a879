/**
 * The REST API under {@code /api/v1} (Jakarta REST, JSON), for other systems and BI: bearer tokens
 * from Keycloak ({@code security/Toegangstokens}), the same services, roles and Logboek as the
 * screens, errors as RFC 9457 problem details in Dutch. Its OpenAPI document is at {@code /openapi}.
 */
package nl.sociaaldossier.api;
