# Builds the hub from this repository and runs it on a JRE. Configure it only through environment
# variables (see the README's configuration table); the embedded PostgreSQL stays off in the image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY schemas schemas
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 hub
WORKDIR /opt/hub
# data/ holds what the hub writes itself (a generated administrator password, owner-readable only).
RUN mkdir data && chown hub data && chmod 700 data
COPY --from=build --chown=hub /src/target/quarkus-app/ ./
COPY --chown=hub advisories/ ./advisories/
USER hub
ENV HUB_EMBEDDED_DB=false \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar quarkus-run.jar"]
