# GenAI Landscape API: a multi-stage image, built with Maven and run on a JRE as a non-root user.
#
#   Build:  docker build -t genai-landscape-api .
#   Run:    docker run --rm -p 8080:8080 genai-landscape-api
#           (embedded PostgreSQL inside the container; the data is reloaded from the image at start)
#   With an external PostgreSQL:
#           docker run --rm -p 8080:8080 \
#             -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db.example:5432/landscape \
#             -e QUARKUS_DATASOURCE_USERNAME=landscape -e QUARKUS_DATASOURCE_PASSWORD=secret \
#             genai-landscape-api
#   Load the dataset into that database and exit (0 loaded or already current, 1 refused, 2 other failure):
#           docker run --rm -e QUARKUS_DATASOURCE_JDBC_URL=... -e QUARKUS_DATASOURCE_USERNAME=... \
#             -e QUARKUS_DATASOURCE_PASSWORD=... genai-landscape-api load
#   Arguments after the image name reach the application (the Kubernetes Job in deploy/ runs `args: ["load"]`).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY seed-data seed-data
COPY openapi openapi
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /app app
WORKDIR /app
COPY --from=build --chown=app:app /src/target/quarkus-app/ /app/
USER 10001
EXPOSE 8080
# the JVM settings the soak and benchmarks run with (bench/jvm.options)
ENV JAVA_OPTS_APPEND="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
# sh expands JAVA_OPTS_APPEND; "$@" passes the container's arguments on ("--" becomes $0)
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar \"$@\"", "--"]
