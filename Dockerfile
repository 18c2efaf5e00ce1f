# syntax=docker/dockerfile:1
# The Strata image: the self-contained strata folder (launcher, jars, trimmed Java runtime, AOT
# cache) at /strata on a small Debian; nothing else of Java. Build and use:
#
#   docker build -t strata .
#   docker run --rm -v "$PWD/migrations:/migrations" -e DATABASE_URL strata migrate apply
#
# An app's image takes the folder from it, as teams copy a migration binary from its image:
#
#   COPY --from=strata /strata /strata
#
# The build stage runs dist/build.sh, the script the Maven build runs and the tests check
# (dist/src/test), so what the tests prove about its output holds for this image.

FROM eclipse-temurin:25-jdk AS build
# curl for the Maven wrapper's download of Maven.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The commit `strata version` shows: .git stays out of the build context, so pass it in with
# docker build --build-arg STRATA_COMMIT=$(git rev-parse --short=12 HEAD) .
ARG STRATA_COMMIT=unknown
# Only what the folder is made of: the core and the command line (the dist module brings picocli's
# sources for build.sh); tests run in CI, not here. Then the folder, with Temurin 25's jlink and AOT
# cache, trained on embedded PostgreSQL and MariaDB servers that build.sh starts itself (no
# database needed).
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -Dstrata.dist.skip -Dmaven.javadoc.skip -Dmaven.source.skip \
      -Dstrata.commit="$STRATA_COMMIT" -pl dist -am package \
 && dist/build.sh /out

# glibc is all the runtime and SQLite's library need: no JRE, no extra packages.
FROM debian:bookworm-slim
# A user of its own: a release command needs no root. Numeric in USER, so Kubernetes' runAsNonRoot
# can check it.
RUN groupadd --system --gid 10001 strata \
 && useradd --system --uid 10001 --gid strata --home-dir /nonexistent --no-create-home \
      --shell /usr/sbin/nologin strata
COPY --from=build /out/strata /strata
# Java decodes file names with the locale's character set; the launcher sets this too, the
# shell-less form (/strata/runtime/bin/java @/strata/lib/strata.args, or strata-postgres.args /
# strata-mysql.args for the release command with its driver's cache) relies on it.
ENV LANG=C.UTF-8
USER 10001:10001
ENTRYPOINT ["/strata/bin/strata"]
