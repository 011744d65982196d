using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// POST products/buy on the string interface's one store and ledger: 201 <c>Berhasil dibuat</c> once per reference,
/// 409 <c>ReferenceNo sudah digunakan...</c> for every repeat, and the string interface's re-check with the same
/// ref_id shows the very same transaction.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class OpenApiBuyTests(StateStore stateStore)
{
    private const long Start = 100_000_000;

    [Test]
    public async Task Buy_NewReference_201AndTheStringInterfaceReCheckShowsTheSameTransaction()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.BuyAsync("OVO10", "081234567890", "open-api-ref-1", amount: "10100", sellingPrice: "11000");
        var recheck = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "open-api-ref-1")}"));
        var (_, balance) = await api.SendAsync(HttpMethod.Get, "balance");

        using (new AssertionScope())
        {
            status.Should().Be(201);
            body["response_code"]!.GetValue<string>().Should().Be("201022001");
            body["response_message"]!.GetValue<string>().Should().Be("Berhasil dibuat");
            var data = body["data"]!;
            data["status"]!.GetValue<string>().Should().Be("SUCCESS");
            data["partner_reference_id"]!.GetValue<string>().Should().Be("open-api-ref-1");
            data["amount"]!.GetValue<string>().Should().Be("10100");
            data["beginning_balance"]!.GetValue<string>().Should().Be($"{Start}");
            data["current_balance"]!.GetValue<string>().Should().Be($"{Start - 10_100}");
            data["product_name"]!.GetValue<string>().Should().Be("OVO 10.000");
            var line = recheck.Should().BeOfType<SuccessLine>().Subject;
            line.TransactionId.Should().Be(data["transaction_id"]!.GetValue<string>());
            line.SerialNumber.Should().Be(data["sn"]!.GetValue<string>());
            line.Balance.After.Should().Be(Start - 10_100);
            balance["data"]!["balance"]!.GetValue<long>().Should().Be(Start - 10_100, "charged once, by the buy");
            factory.Get<ITransactionStore>().All().Should().ContainSingle();
        }
    }

    [Test]
    public async Task Buy_SameReferenceTwice_409AndChargedOnce()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await api.BuyAsync("OVO10", "081234567890", "twice");

        var (status, body) = await api.BuyAsync("OVO10", "081234567890", "twice");

        status.Should().Be(409);
        body.ToJsonString().Should().Be("""{"response_code":"409026563","response_message":"ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain","data":null}""");
        (await factory.Get<IClientLedger>().BalanceOfAsync(factory.Get<FixtureStore>().Current.Clients[IrsQuery.ClientId])).Should().Be(Start - 10_100);
    }

    [Test]
    public async Task Buy_ReferenceMadeThroughTheStringInterface_409()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "irs-first")}");

        var (status, _) = await api.BuyAsync("OVO10", "081234567890", "irs-first");

        status.Should().Be(409);
    }

    [Test]
    public async Task Buy_SameReferenceRacing_ExactlyOne201TheRest409AndOneCharge()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => api.BuyAsync("OVO10", "081234567890", "race")));

        answers.Count(a => a.Status == 201).Should().Be(1);
        answers.Count(a => a.Status == 409).Should().Be(63);
        (await factory.Get<IClientLedger>().BalanceOfAsync(factory.Get<FixtureStore>().Current.Clients[IrsQuery.ClientId])).Should().Be(Start - 10_100);
    }

    [Test]
    public async Task Buy_MagicPendingDestination_PendingThenDetailShowsSuccessAfterTheClockMoves()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (_, bought) = await api.BuyAsync("OVO10", "081234569990", "pending-1");
        var id = bought["data"]!["transaction_id"]!.GetValue<string>();
        var (_, before) = await api.SendAsync(HttpMethod.Get, "transactions/" + id);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        api = await OpenApiCaller.StartAsync(factory, http);
        var (status, after) = await api.SendAsync(HttpMethod.Get, "transactions/" + id);

        using (new AssertionScope())
        {
            bought["data"]!["status"]!.GetValue<string>().Should().Be("PENDING");
            bought["data"]!["current_balance"]!.GetValue<string>().Should().Be($"{Start}", "nothing is charged while pending");
            before["data"]!["status"]!.GetValue<string>().Should().Be("PENDING");
            status.Should().Be(200);
            after["response_code"]!.GetValue<string>().Should().Be("200022000");
            after["data"]!["status"]!.GetValue<string>().Should().Be("SUCCESS");
            after["data"]!["current_balance"]!.GetValue<string>().Should().Be($"{Start - 10_100}");
        }
    }

    [Test]
    public async Task Buy_MagicFailedDestination_FailedWithReasonAndNothingCharged()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (_, bought) = await api.BuyAsync("OVO10", "081234569991", "fails");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        api = await OpenApiCaller.StartAsync(factory, http);
        var (_, detail) = await api.SendAsync(HttpMethod.Get, "transactions/" + bought["data"]!["transaction_id"]!.GetValue<string>());

        detail["data"]!["status"]!.GetValue<string>().Should().Be("FAILED");
        detail["data"]!["reason"]!.GetValue<string>().Should().NotBeEmpty();
        detail["data"]!["current_balance"]!.GetValue<string>().Should().Be($"{Start}");
    }

    [Test]
    public async Task Buy_AdminResolvesAPendingOne_DetailShowsTheAdminsOutcome()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await api.BuyAsync("OVO10", "081234569992", "admin-resolves");
        var transaction = factory.Get<ITransactionStore>().All().Single();

        await factory.Get<OrderService>().ResolveAsync(transaction, BuyResult.Success, null);
        var (_, detail) = await api.SendAsync(HttpMethod.Get, "transactions/" + transaction.TransactionId);

        detail["data"]!["status"]!.GetValue<string>().Should().Be("SUCCESS");
    }

    [Test]
    public async Task Buy_NoPendingRoomLeft_503AndTheReferenceMaySendAgain()
    {
        await using var factory = new EmulatorFactory(store: stateStore, settings: new Dictionary<string, string?> { ["Klikoo:Transactions:PendingCapacity"] = "1" });
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await api.BuyAsync("OVO10", "081234569992", "holds-the-room");

        var (status, body) = await api.BuyAsync("OVO10", "081234569992", "no-room");

        status.Should().Be(503);
        body["response_code"]!.GetValue<string>().Should().Be("503029991");
        (await factory.Get<ITransactionStore>().GetAsync(new TransactionKey(IrsQuery.ClientId, "no-room"))).Should().BeNull();
    }

    [TestCase("""{"product_code":"NOPE","value":"081234567890","partner_reference_id":"r1"}""", 404, "404027003")]
    [TestCase("""{"product_code":"OVO10","value":"12","partner_reference_id":"r1"}""", 404, "404027011")]
    [TestCase("""{"product_code":"OVO10","value":"","partner_reference_id":"r1"}""", 400, "400026512")]
    [TestCase("""{"product_code":"OVO10","value":"081234567890"}""", 400, "400026512")]
    [TestCase("""{"value":"081234567890","partner_reference_id":"r1"}""", 400, "400026512")]
    [TestCase("""{"product_code":"DNOPEN","value":"081234567890","partner_reference_id":"r1"}""", 400, "400026510")]
    [TestCase("""{"product_code":"DNOPEN","value":"081234567890","partner_reference_id":"r1","amount":"1"}""", 400, "400026510")]
    [TestCase("""{"product_code":"OVO10","value":"081234567890","partner_reference_id":"r1","amount":"-5"}""", 400, "400026510")]
    [TestCase("""{"product_code":"OVO10","value":"081234567890","partner_reference_id":"r 1"}""", 400, "400026510")]
    [TestCase("""{"product_code":"OVO10","value":"081234567890","partner_reference_id":"r1","selling_price":"1.5"}""", 400, "400026510")]
    [TestCase("""{"product_code":10,"value":"081234567890","partner_reference_id":"r1"}""", 400, "400026510")]
    [TestCase("""[1,2]""", 400, "400026510")]
    [TestCase("""null""", 400, "400026510")]
    [TestCase("""{"product_code":""", 400, "400026510")]
    public async Task Buy_BadOrder_RefusedWithTheDocumentedCodeAndNothingMade(string body, int expectedStatus, string expectedCode)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "products/buy", body);

        status.Should().Be(expectedStatus);
        answer["response_code"]!.GetValue<string>().Should().Be(expectedCode);
        factory.Get<ITransactionStore>().All().Should().BeEmpty();
    }

    [Test]
    public async Task Buy_Refused_JournalSaysWhichCheckAndShowsTheOrder()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        await api.SendAsync(HttpMethod.Post, "products/buy", """{"product_code":"OVO10","value":"12","partner_reference_id":"r1"}""");

        var entry = factory.Get<RequestJournal>().Snapshot()[0];
        entry.Operation.Should().Be("open-api/products/buy");
        entry.RefId.Should().Be("r1");
        entry.ProductCode.Should().Be("OVO10");
        entry.Diagnosis.Should().Contain("destination '12'");
    }
}
