# OcppCsms container image: the ASP.NET Core host with every module, framework-dependent, run as a non-root user.
#
#   docker build -t ocpp-csms .
#   docker run -p 8080:8080 -v csms-data:/app/data ocpp-csms      # SQLite in the volume
#
# Configuration comes from environment variables in the Section__Key form (see docker-compose.yml).
# Only long-standing Dockerfile features are used (no COPY --parents, no RUN --mount), so the file builds with
# BuildKit and the classic builder alike. No NuGet cache mount on purpose: a cached restore layer whose cache mount
# was pruned would leave `publish --no-restore` without its packages.

ARG DOTNET_VERSION=10.0

# ---------------------------------------------------------------------------------------------------------------------
# restore-inputs: the project files alone, folders kept. Restore depends on these only, so the restore layer below
# stays cached while no project file changes, and new src/ projects are picked up without editing this file.
# ---------------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS restore-inputs
WORKDIR /src
COPY src/ src/
RUN find src -type f ! -name '*.csproj' ! -name '*.props' ! -name '*.targets' ! -name 'packages.lock.json' -delete \
    && find src -type d -empty -delete

# ---------------------------------------------------------------------------------------------------------------------
# build: restore, then publish the host.
# ---------------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src

# Root build settings first: SDK pin, shared properties, central package versions.
# (A NuGet.config, if the repository ever gets one, belongs in this list.)
COPY global.json Directory.Build.props Directory.Packages.props OcppCsms.sln ./
# COPY --from layers are cached on their content, so an unchanged set of project files reuses the restore below.
COPY --from=restore-inputs /src/src/ src/
# ReadyToRun (below) needs the runtime packs and crossgen2 of the build machine's runtime identifier, restored here.
RUN dotnet restore src/OcppCsms.Host/OcppCsms.Host.csproj --use-current-runtime -p:PublishReadyToRun=true

# appsettings.json is not a restore input (the host links it as content), so it comes after the restore.
# Only src/ is copied: changes to tests, docs or deployment files do not rebuild the image.
COPY appsettings.json ./
COPY src/ src/
# UseAppHost=false: the entry point is `dotnet OcppCsms.Host.dll`, no native launcher needed.
# ReadyToRun: the assemblies (ours and the NuGet packages, EF Core above all) ship precompiled for the image's runtime
# identifier, so the start JITs far less; still framework-dependent on the aspnet image below.
RUN dotnet publish src/OcppCsms.Host/OcppCsms.Host.csproj -c Release --no-restore --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o /app -p:UseAppHost=false

# ---------------------------------------------------------------------------------------------------------------------
# simulator: the station simulator ocpp-sim on the .NET runtime (`docker build --target simulator -t ocpp-sim .`).
# Placed before `runtime` so that a plain `docker build` still ends with the CSMS image. Its publish restores the
# simulator's own packages (System.CommandLine), which the host's restore above does not include.
# ---------------------------------------------------------------------------------------------------------------------
FROM build AS simulator-build
RUN dotnet publish src/OcppCsms.Simulator/OcppCsms.Simulator.csproj -c Release -o /simulator -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:${DOTNET_VERSION} AS simulator
LABEL org.opencontainers.image.title="ocpp-sim" \
      org.opencontainers.image.description="Simulated OCPP 1.6 / 2.0.1 charging stations for OcppCsms"
WORKDIR /app
COPY --from=simulator-build /simulator ./
USER $APP_UID
ENTRYPOINT ["dotnet", "ocpp-sim.dll"]

# ---------------------------------------------------------------------------------------------------------------------
# runtime: ASP.NET Core runtime only.
# ---------------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime

LABEL org.opencontainers.image.title="OcppCsms" \
      org.opencontainers.image.description="OCPP charging station management system (CSMS)"

# curl for HEALTHCHECK (here and in docker-compose.yml): the aspnet image has neither curl nor wget.
# Installed while still root, lists removed so the layer stays small.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The default SQLite database is data/csms.db relative to the working directory, i.e. /app/data/csms.db.
# The folder must belong to the non-root user before VOLUME: a fresh named volume copies this ownership.
# Group 0 with group write serves platforms that run an arbitrary UID in the root group (OpenShift).
# A bind mount keeps the host folder's owner: make it writable for UID 1654, the image's `app` user.
RUN mkdir -p /app/data && chown "$APP_UID:0" /app/data && chmod 0770 /app/data

# The application files stay owned by root: the process can read but not modify its own binaries.
COPY --from=build /app ./

# ASPNETCORE_HTTP_PORTS is already 8080 in the base image; set explicitly because the HEALTHCHECK below and the
# published port rely on it. If you change it, override the HEALTHCHECK too.
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080

VOLUME ["/app/data"]

# The image's built-in non-root user, by numeric UID so that orchestrators can verify runAsNonRoot.
USER $APP_UID

# Liveness: the process is up and serving. Readiness (database reachable) is /health/ready, which
# docker-compose.yml probes. start-period leaves room for migrations on the first start.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error --max-time 4 --output /dev/null http://localhost:8080/health/live || exit 1

# Exec form: dotnet is PID 1 and receives SIGTERM itself; the host then closes station sessions and exits within
# Host__ShutdownTimeoutSeconds (default 20 s). Give `docker stop -t` / terminationGracePeriodSeconds a bit more.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "OcppCsms.Host.dll"]
