using System.Net;
using System.Net.Sockets;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// The redis-server the shared-state tests run against: it answers once started, a restart on the same port and
/// folder keeps what its append-only file holds (even after a SIGKILL), a kill stops it, disposing removes its folder.
/// </summary>
public sealed class RedisServerTests
{
    [SetUp]
    public void RequireRedis() => RedisServer.RequireOrIgnore();

    [Test]
    public async Task StartAsync_Started_AnswersPingOnItsPort()
    {
        await using var redis = await RedisServer.StartAsync();

        (await redis.CommandAsync("PING")).Should().Be("PONG");
        redis.ConnectionString.Should().Be($"127.0.0.1:{redis.Port}");
        Directory.Exists(redis.Directory).Should().BeTrue();
    }

    [Test]
    public async Task StartAsync_TwoServers_EachOnItsOwnPortAndFolder()
    {
        await using var first = await RedisServer.StartAsync();
        await using var second = await RedisServer.StartAsync();

        await first.CommandAsync("SET", "owner", "first");

        second.Port.Should().NotBe(first.Port);
        second.Directory.Should().NotBe(first.Directory);
        (await second.CommandAsync("GET", "owner")).Should().BeNull();
        (await first.CommandAsync("GET", "owner")).Should().Be("first");
    }

    [Test]
    public async Task RestartAsync_AppendOnlyAfterSigkill_KeyKeptOnTheSamePort()
    {
        await using var redis = await RedisServer.StartAsync(appendOnly: true);
        var port = redis.Port;
        (await redis.CommandAsync("SET", "klikoo:test:balance", "99989900")).Should().Be("OK");
        (await redis.CommandAsync("INCRBY", "klikoo:test:trxid", "10000001")).Should().Be("10000001");

        await redis.KillAsync();
        await redis.RestartAsync();

        redis.Port.Should().Be(port);
        (await redis.CommandAsync("GET", "klikoo:test:balance")).Should().Be("99989900");
        (await redis.CommandAsync("INCR", "klikoo:test:trxid")).Should().Be("10000002");
    }

    [Test]
    public async Task RestartAsync_WithoutAppendOnly_StartsEmpty()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.CommandAsync("SET", "gone", "1");

        await redis.RestartAsync();

        (await redis.CommandAsync("PING")).Should().Be("PONG");
        (await redis.CommandAsync("GET", "gone")).Should().BeNull("no snapshot and no append-only file: a restart forgets");
    }

    [Test]
    public async Task KillAsync_Running_PortRefusesConnections()
    {
        await using var redis = await RedisServer.StartAsync();

        await redis.KillAsync();

        using var client = new TcpClient();
        var connect = async () => await client.ConnectAsync(IPAddress.Loopback, redis.Port);
        await connect.Should().ThrowAsync<SocketException>();
    }

    [Test]
    public async Task CommandAsync_UnknownCommand_ThrowsWithRedisError()
    {
        await using var redis = await RedisServer.StartAsync();

        var call = async () => await redis.CommandAsync("NOSUCHCOMMAND");

        await call.Should().ThrowAsync<InvalidOperationException>().WithMessage("*unknown command*");
    }

    [Test]
    public async Task DisposeAsync_Running_StopsAndDeletesItsFolder()
    {
        var redis = await RedisServer.StartAsync(appendOnly: true);
        await redis.CommandAsync("SET", "k", "v");
        var folder = redis.Directory;

        await redis.DisposeAsync();

        Directory.Exists(folder).Should().BeFalse();
        using var client = new TcpClient();
        var connect = async () => await client.ConnectAsync(IPAddress.Loopback, redis.Port);
        await connect.Should().ThrowAsync<SocketException>();
    }
}
