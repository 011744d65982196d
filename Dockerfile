# Klikoo Emulator as a container.
#   docker build -t klikoo-emulator .
#   docker run --rm -p 5080:5080 klikoo-emulator
#   docker run --rm -p 5080:5080 -v "$PWD/fixtures:/fixtures" klikoo-emulator   # your own fixtures, reloaded live
# The admin API answers loopback only; from the host, add -e Klikoo__Admin__Token=<token> and send it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The same publish CI runs and checks (.ci/publish).
RUN bash .ci/publish /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY fixtures /fixtures
ENV ASPNETCORE_URLS=http://+:5080 \
    Klikoo__Fixtures=/fixtures \
    DOTNET_USE_POLLING_FILE_WATCHER=1
EXPOSE 5080
# The runtime image's non-root user.
USER $APP_UID
# The runtime image has no curl: the emulator checks itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 CMD ["dotnet", "/app/Klikoo.Emulator.dll", "healthcheck", "http://localhost:5080"]
ENTRYPOINT ["dotnet", "/app/Klikoo.Emulator.dll"]
