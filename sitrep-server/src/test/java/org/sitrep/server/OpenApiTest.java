package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI description the server serves lists exactly the routes the server registered. */
class OpenApiTest {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void describesExactlyTheRegisteredRoutes() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = new ObjectMapper().readTree(r.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> described = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            String method = m.toUpperCase(Locale.ROOT);
            if (HTTP_METHODS.contains(method)) {
                described.add(method + " " + toJavalin(p.getKey()));
            }
        }));
        Set<String> registered = new TreeSet<>();
        for (String route : TestServer.server().routes()) {
            if (HTTP_METHODS.contains(route.substring(0, route.indexOf(' ')))) {
                registered.add(route);
            }
        }
        assertTrue(registered.size() >= 4, "routes seen: " + registered);
        assertEquals(registered, described);
    }

    @Test
    void servesTheAnalysisSchemaItRefersTo() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/analysis.schema.json");
        assertEquals(200, r.statusCode());
        assertTrue(new ObjectMapper().readTree(r.body()).has("properties"));
    }

    /** OpenAPI writes path parameters as {id}, Javalin as {id} too; kept as a hook should the styles differ. */
    private static String toJavalin(String openApiPath) {
        return openApiPath;
    }
}
