namespace Klikoo.Emulator.Admin;

/// <summary>The <c>Klikoo:Admin</c> configuration section.</summary>
public sealed class AdminOptions
{
    public const string Section = "Klikoo:Admin";

    /// <summary>
    /// Unset: the admin API and dashboard answer loopback callers only. Set: every caller must send it, as
    /// <c>Authorization: Bearer &lt;token&gt;</c>, <c>X-Klikoo-Admin-Token</c> or <c>?access_token=</c>.
    /// </summary>
    public string? Token { get; set; }
}
