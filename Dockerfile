# Delight: build the shaded jar, then run it on a plain JRE.
#   docker build -t delight .
#   docker run -p 3000:3000 -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... -v delight-data:/data delight
# The embedded PostgreSQL binaries bundled in the jar are linux-amd64 only: on an ARM host
# (Apple Silicon) build and run with --platform linux/amd64, or set DATABASE_URL.

# ---- build ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies change far less often than code: resolve them in their own layer so a
# source-only change does not download the world again.
COPY pom.xml .
RUN mvn -B dependency:go-offline

COPY src ./src
RUN mvn -B -DskipTests package

# ---- runtime ----
FROM eclipse-temurin:17-jre

# curl is for the HEALTHCHECK below; do not rely on the base image happening to ship it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# PostgreSQL (initdb, postgres) refuses to run as root, and the app needs no privileges.
# A fixed uid keeps ownership of the /data volume stable across image rebuilds.
RUN groupadd --system --gid 10001 delight \
 && useradd --system --uid 10001 --gid delight --home-dir /data --no-create-home \
      --shell /usr/sbin/nologin delight \
 && mkdir -p /data \
 && chown delight:delight /data

WORKDIR /app
COPY --from=build /build/target/delight.jar /app/delight.jar

# The embedded database lives here when DATABASE_URL is unset; keep it on a volume so
# clients and history survive a new container.
ENV DELIGHT_DATA_DIR=/data
VOLUME /data

ENV PORT=3000
EXPOSE 3000

USER delight

# start-period covers the first start: unpacking PostgreSQL, initdb and Flyway migrations.
# /healthz answers 503 until the database is reachable.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \
  CMD curl -fsS http://localhost:${PORT}/healthz || exit 1

# The flags the README's Performance section measured for 10,000 clients, to stay under 300 MB: a
# 128 MB heap (the app keeps about 50 MB live) and G1, whose young collections take a portfolio's
# short-lived facts in stride where SerialGC in the same heap runs full collections.
# With the embedded database, PostgreSQL needs its own memory on top.
ENTRYPOINT ["java","-Xmx128m","-XX:+UseG1GC","-Xss512k","-XX:ReservedCodeCacheSize=48m","-XX:MaxMetaspaceSize=128m","-jar","/app/delight.jar"]
CMD ["serve"]
