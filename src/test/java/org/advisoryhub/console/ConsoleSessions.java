package org.advisoryhub.console;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** A signed-in console session for RestAssured: the session cookie and the CSRF cookie and token. */
public record ConsoleSessions(String session, String csrf) {

    public static ConsoleSessions signIn(String username, String password) {
        String csrf = given().redirects()
                .follow(false)
                .get("/console/login")
                .then()
                .statusCode(200)
                .extract()
                .cookie("hub-csrf");
        Response login = given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", username, "j_password", password))
                .post("/console/j_security_check");
        String session = login.then().statusCode(302).extract().cookie("hub-session");
        if (session == null) {
            throw new IllegalStateException("no session for " + username + ": " + login.getStatusCode());
        }
        return new ConsoleSessions(session, csrf);
    }

    /** Forms are sent in UTF-8, as browsers send them from the console's UTF-8 pages. */
    public RequestSpecification request() {
        return given().redirects()
                .follow(false)
                .cookie("hub-session", session)
                .cookie("hub-csrf", csrf)
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")));
    }
}
