using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clients;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// A call that passed <see cref="OpenApiSignatureFilter"/>: the partner its token names and its body as signed. A
/// handler takes it as a parameter; parameters are bound before endpoint filters run, so it is bound to a placeholder
/// that the filter replaces, and a route mapped without the filter fails on first use (500, in the journal) rather
/// than answering an unsigned call.
/// </summary>
internal sealed class OpenApiSignedCall : IBindableFromHttpContext<OpenApiSignedCall>
{
    private static readonly OpenApiSignedCall Unchecked = new();
    private readonly ClientAccount? _account;
    private readonly OpenApiBody? _body;

    public OpenApiSignedCall(ClientAccount account, OpenApiBody body) => (_account, _body) = (account, body);

    private OpenApiSignedCall()
    {
    }

    public ClientAccount Account => _account ?? throw NotChecked();

    public OpenApiBody Body => _body ?? throw NotChecked();

    public static ValueTask<OpenApiSignedCall?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<OpenApiSignedCall?>(Unchecked);

    /// <summary>The body read as <typeparamref name="T"/>; a refusal names the client the token showed.</summary>
    public bool TryRead<T>(JsonTypeInfo<T> type, OpenApiService service, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out OpenApiAnswer? refusal)
        where T : class
    {
        if (Body.TryRead(type, service, out value, out refusal))
        {
            return true;
        }

        refusal = refusal with { ClientId = Account.ClientId };
        return false;
    }

    private static InvalidOperationException NotChecked() => new("this route has no OpenApiSignatureFilter: the call was never checked");
}
