namespace Klikoo.Contracts.OpenApi;

/// <summary><c>meta</c> of a paged response.</summary>
public sealed record PageMeta
{
    /// <summary>The page returned, from 1.</summary>
    public int CurrentPage { get; init; }

    /// <summary>The page before, 0 on the first.</summary>
    public int PreviousPage { get; init; }

    /// <summary>The page after, 0 on the last.</summary>
    public int NextPage { get; init; }

    /// <summary>How many pages there are.</summary>
    public int TotalPages { get; init; }

    /// <summary>How many rows match.</summary>
    public int TotalRows { get; init; }

    /// <summary>Rows per page.</summary>
    public int PerPage { get; init; }
}
