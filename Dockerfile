# Klikoo Emulator as a container: the Native AOT binary on the smallest runtime base (no .NET runtime inside).
#   docker build -t klikoo-emulator .
#   docker run --rm -p 5080:5080 klikoo-emulator
#   docker run --rm -p 5080:5080 -v "$PWD/fixtures:/fixtures" klikoo-emulator   # your own fixtures, reloaded live
# The admin API answers loopback only; from the host, add -e Klikoo__Admin__Token=<token> and send it.
#
# Expected size: about 40 MB (the 25 MB binary on the ~13 MB chiseled runtime-deps base; under 20 MB compressed in a
# registry), against about 250 MB for the ASP.NET runtime image. Measure it with
#   docker image ls klikoo-emulator                              # SIZE, uncompressed
#   docker history klikoo-emulator                               # what each layer adds
#   docker save klikoo-emulator | gzip | wc -c                   # about what a pull downloads

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Native AOT links with the platform toolchain.
RUN apt-get update && apt-get install -y --no-install-recommends clang zlib1g-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The same publish CI builds and checks (.ci/publish --aot): warnings are errors, so a trim or AOT warning fails here.
RUN bash .ci/publish --aot /app

# Ubuntu chiseled runtime-deps: glibc, OpenSSL (https callbacks) and CA certificates only; no shell, no package
# manager, a non-root user by default. The emulator runs with invariant globalization, so it needs no ICU.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
WORKDIR /app
COPY --from=build /app .
COPY fixtures /fixtures
ENV ASPNETCORE_URLS=http://+:5080 \
    Klikoo__Fixtures=/fixtures \
    DOTNET_USE_POLLING_FILE_WATCHER=1
EXPOSE 5080
# The chiseled image's non-root user (it also starts as that user; stated for readers and scanners).
USER $APP_UID
# No shell and no curl in the image: the emulator checks itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["/app/klikoo-emulator", "healthcheck", "http://localhost:5080"]
ENTRYPOINT ["/app/klikoo-emulator"]
