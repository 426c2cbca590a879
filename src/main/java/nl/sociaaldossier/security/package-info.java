/** Login through Keycloak (OpenID Connect), the roles, and the current user as pages see it. */
package nl.sociaaldossier.security;
