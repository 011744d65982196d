using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>The parser check keeps no state: it needs only its JSON, with fields and verdicts as camelCase strings.</summary>
public static class ParserCheckServices
{
    public static WebApplicationBuilder AddParserCheck(this WebApplicationBuilder builder)
    {
        builder.Services.AddAdminJson(ParserCheckJsonContext.Default, AdminServices.CamelCase<ParserField>(), AdminServices.CamelCase<ParserVerdict>());
        return builder;
    }
}
