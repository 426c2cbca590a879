// The app's own OpenAPI document (/openapi), browsable; "Authorize" takes a bearer token from Keycloak.
window.addEventListener('load', function () {
    window.SwaggerUIBundle({
        url: '../openapi?format=JSON',
        dom_id: '#api',
        deepLinking: true,
        validatorUrl: null,
        tryItOutEnabled: false
    });
});
