package nl.sociaaldossier.shared.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An error of the API as RFC 9457 problem details ({@code application/problem+json}), with the
 * explanation for people in Dutch in {@code detail}. Never a stack trace or an internal message.
 */
public record Probleem(int status, String titel, String detail) {

    public static final String MEDIATYPE = "application/problem+json";

    public String json() {
        return bouw().build().toString();
    }

    /** With an extension member (RFC 9457, 3.2), such as the list of rejected records of an import. */
    public String json(String naam, jakarta.json.JsonValue waarde) {
        return bouw().add(naam, waarde).build().toString();
    }

    private JsonObjectBuilder bouw() {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", titel)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        return b;
    }
}
