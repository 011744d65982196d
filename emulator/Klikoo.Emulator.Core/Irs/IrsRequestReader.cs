using Microsoft.Extensions.Primitives;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Reads the docs/klikoo-interface.md#endpoints parameters from the query string and, for POST, from a form body (docs/klikoo-interface.md#decisions: the query wins
/// on conflict). A parameter repeated within one source is ambiguous and reported, not silently picked.
/// </summary>
internal static class IrsRequestReader
{
    public static async ValueTask<IrsRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection? form = null;
        string? problem = null;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                problem = IrsReasons.UnreadableForm;
            }
        }

        var query = request.Query;
        string? Field(string name)
        {
            var values = query.TryGetValue(name, out var fromQuery) && fromQuery.Count > 0
                ? fromQuery
                : form?.TryGetValue(name, out var fromForm) == true ? fromForm : StringValues.Empty;
            if (values.Count > 1)
            {
                problem ??= IrsReasons.Repeated(name);
            }

            return values.Count == 0 ? null : values[0];
        }

        var parsed = new IrsRequest(
            ClientId: Field(IrsFields.ClientId),
            ClientSecret: Field(IrsFields.ClientSecret),
            Idrs: Field(IrsFields.Idrs),
            Pin: Field(IrsFields.Pin),
            ProductCode: Field(IrsFields.ProductCode),
            RefId: Field(IrsFields.RefId),
            To: Field(IrsFields.To),
            Amount: Field(IrsFields.Amount),
            SellingPrice: Field(IrsFields.SellingPrice));
        return parsed with { Problem = problem };
    }
}
