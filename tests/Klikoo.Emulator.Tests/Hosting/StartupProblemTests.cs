using System.Net.Sockets;
using Klikoo.Emulator.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>
/// Start-up failures as one plain line, for the exception shapes the real process cannot always produce here
/// (a port below 1024 needs a non-root user; an address not on this machine).
/// </summary>
public sealed class StartupProblemTests
{
    [TestCase("http://localhost:5080")]
    [TestCase("http://localhost:5080/")]
    [TestCase("http://localhost")]
    [TestCase("http://+:5080")]
    [TestCase("http://*:80")]
    [TestCase("http://[::1]:5080")]
    [TestCase("HTTPS://0.0.0.0:5443; http://localhost:5080")]
    [TestCase("http://unix:/tmp/klikoo.sock")]
    [TestCase("http://emulator.test:5080")]
    [TestCase("")]
    [TestCase(null)]
    public void ForUrls_WhatKestrelServes_NoProblem(string? urls) => StartupProblem.ForUrls(urls).Should().BeNull();

    [TestCase("localhost:5080", "--urls 'localhost:5080' is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080")]
    [TestCase("http://:5080", "--urls 'http://:5080' is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080")]
    [TestCase("http://[::1:5080", "--urls 'http://[::1:5080' is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080")]
    [TestCase("http://localhost:", "--urls 'http://localhost:': '' is not a port (0-65535): start with e.g. --port 5080")]
    [TestCase("http://localhost:-1", "--urls 'http://localhost:-1': '-1' is not a port (0-65535): start with e.g. --port 5080")]
    [TestCase("http://localhost:5080;http://localhost:x", "--urls 'http://localhost:x': 'x' is not a port (0-65535): start with e.g. --port 5080")]
    public void ForUrls_NotAnAddress_NamesItAndAFix(string urls, string expected) => StartupProblem.ForUrls(urls).Should().Be(expected);

    [Test]
    public void ForStart_PermissionDeniedOnPort80_SaysRootIsNeededAndOffers5080() =>
        StartupProblem.ForStart(new SocketException((int)SocketError.AccessDenied), "http://localhost:80")
            .Should().Be("no permission to listen on port 80 (ports below 1024 need root): start with --port 5080");

    [Test]
    public void ForStart_PermissionDeniedAbove1024_OffersTheNextPort() =>
        StartupProblem.ForStart(new SocketException((int)SocketError.AccessDenied), "http://0.0.0.0:8080")
            .Should().Be("no permission to listen on port 8080: start with --host 0.0.0.0 --port 8081");

    [Test]
    public void ForStart_InUseAsKestrelReportsLocalhost_KeepsTheUsersHost()
    {
        var kestrel = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.", new AddressInUseException("Address already in use"));

        StartupProblem.ForStart(kestrel, "http://localhost:5080").Should().Be("port 5080 is in use (another emulator?): start with --port 5081");
    }

    [Test]
    public void ForStart_InUseOnOneOfSeveralAddresses_NamesThatOne()
    {
        var kestrel = new IOException("Failed to bind to address http://[::]:6000: address already in use.", new SocketException((int)SocketError.AddressAlreadyInUse));

        StartupProblem.ForStart(kestrel, "http://localhost:5080;http://+:6000")
            .Should().Be("port 6000 on 0.0.0.0 is in use (another emulator?): start with --host 0.0.0.0 --port 6001");
    }

    [Test]
    public void ForStart_AddressNotOnThisMachine_OffersLocalhost() =>
        StartupProblem.ForStart(new SocketException((int)SocketError.AddressNotAvailable), "http://203.0.113.9:5080")
            .Should().Be("cannot listen on 203.0.113.9: it is not an address of this machine: start with --host localhost, or --host 0.0.0.0 for every interface");

    [Test]
    public void ForStart_SettingThatDoesNotValidate_NamesIt() =>
        StartupProblem.ForStart(new OptionsValidationException("Klikoo:Callbacks", typeof(object), ["Klikoo:Callbacks needs Attempts >= 1."]), null)
            .Should().Be("invalid setting: Klikoo:Callbacks needs Attempts >= 1.");

    [Test]
    public void ForStart_AnythingElse_LeftToTheFullLog() =>
        StartupProblem.ForStart(new InvalidOperationException("Unable to configure HTTPS endpoint."), "https://localhost:5443").Should().BeNull();

    [Test]
    public void ForFixtures_AccessDenied_NamesTheFolderAndTheFix() =>
        StartupProblem.ForFixtures(new UnauthorizedAccessException("Access to the path '/srv/fixtures' is denied."), "/srv/fixtures")
            .Should().Be("cannot read fixtures folder '/srv/fixtures' (Access to the path '/srv/fixtures' is denied): fix its permissions or start with --fixtures <folder>");
}
