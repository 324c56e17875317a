# syntax=docker/dockerfile:1
# akhbar: one image for every service (ingest, process, sink, run). The build stage makes the same
# jar as `./akhbar` and the README (app/target/akhbar.jar); the runtime stage is a JRE only, run
# as a user without privileges.

# ── build ─────────────────────────────────────────────────────────────────────────────────────
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The Maven repository is a build cache, not a layer: rebuilds after a source change are quick.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -Dstyle.color=never -DskipTests package -pl app -am \
 && test -f app/target/akhbar.jar

# ── runtime ───────────────────────────────────────────────────────────────────────────────────
FROM eclipse-temurin:17-jre-jammy
# curl answers the health checks (docker compose, Kubernetes exec probes). jemalloc serves the
# JVM's native allocations (RocksDB's above all): a lower resident set than glibc's malloc, whose
# arenas RocksDB fragments (BENCHMARKS.md); LD_PRELOAD below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libjemalloc2 \
 && test -f /usr/lib/"$(uname -m)"-linux-gnu/libjemalloc.so.2 \
 && ln -s /usr/lib/"$(uname -m)"-linux-gnu/libjemalloc.so.2 /usr/local/lib/libjemalloc.so.2 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 akhbar \
 && useradd --system --uid 10001 --gid akhbar --home-dir /var/lib/akhbar --shell /usr/sbin/nologin akhbar \
 && mkdir -p /opt/akhbar /var/lib/akhbar/streams \
 && chown -R akhbar:akhbar /var/lib/akhbar
COPY --from=build /src/app/target/akhbar.jar /opt/akhbar/akhbar.jar

# Defaults for a container; every key can be overridden (docs/operations.md, README Configuration).
ENV AKHBAR_HTTP_BIND_ADDRESS=0.0.0.0 \
    AKHBAR_HTTP_PORT=8080 \
    AKHBAR_PROCESSOR_STATE_DIR=/var/lib/akhbar/streams \
    AKHBAR_STORE_URL=sqlite:/var/lib/akhbar/akhbar.db \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    LD_PRELOAD=/usr/local/lib/libjemalloc.so.2

USER akhbar
WORKDIR /var/lib/akhbar
# The processor's RocksDB state: a volume per container, so that a restart need not rebuild it.
VOLUME ["/var/lib/akhbar/streams"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=6 \
  CMD curl -fsS "http://127.0.0.1:${AKHBAR_HTTP_PORT}/health/ready" || exit 1
# SIGTERM reaches the JVM directly (exec form): each stage stops within service.shutdown-timeout.
ENTRYPOINT ["java", "-jar", "/opt/akhbar/akhbar.jar"]
CMD ["--help"]
