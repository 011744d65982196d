namespace Klikoo.Contracts.Client;

/// <summary>How the client sends parameters. Klikoo's documentation says POST, its samples send GET; both work.</summary>
public enum KlikooRequestStyle
{
    /// <summary>GET with the parameters in the query string, as the documented curl samples and Otomax do.</summary>
    Get,

    /// <summary>POST with the parameters in the query string and no body.</summary>
    PostQuery,

    /// <summary>POST with the parameters as an <c>application/x-www-form-urlencoded</c> body.</summary>
    PostForm,
}
