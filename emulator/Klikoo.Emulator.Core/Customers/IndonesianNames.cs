using Bogus;
using Bogus.Bson;

namespace Klikoo.Emulator.Customers;

/// <summary>
/// Bogus's id_ID name lists, read once, drawn with the same <see cref="Random"/> calls as <c>Bogus.DataSets.Name</c>
/// makes for <c>FirstName()</c> and <c>LastName()</c>, so a seed gives the same person as Bogus would.
/// </summary>
/// <remarks>
/// Bogus's <c>Randomizer</c> takes one process-wide lock per number and looks each list up in its locale tree, and its
/// <c>Enum&lt;Gender&gt;()</c> reflects over the enum: for a number never seen before that would be most of an inquiry's
/// work, and the lock would serialise every core. <c>Randomizer.Number(min, max)</c> is <c>Random.Next(min, max + 1)</c>
/// and <c>Enum&lt;Gender&gt;()</c> picks from the names in declaration order (Male, Female), which is what
/// <see cref="Draw"/> reproduces; a property test compares the two over thousands of seeds.
/// </remarks>
internal sealed class IndonesianNames
{
    private const string Locale = "id_ID";
    private const string Category = "name";

    public static readonly IndonesianNames Instance = new();

    private readonly string[]? _firstNames;
    private readonly string[] _maleFirstNames;
    private readonly string[] _femaleFirstNames;
    private readonly string[]? _lastNames;
    private readonly string[] _maleLastNames;
    private readonly string[] _femaleLastNames;
    private readonly bool _genderedFirstNames;
    private readonly bool _genderedLastNames;

    private IndonesianNames()
    {
        var names = new Bogus.DataSets.Name(Locale);
        _genderedFirstNames = names.SupportsGenderFirstNames;
        _genderedLastNames = names.SupportsGenderLastNames;
        _firstNames = names.HasFirstNameList ? List("first_name") : null;
        _maleFirstNames = _genderedFirstNames ? List("male_first_name") : [];
        _femaleFirstNames = _genderedFirstNames ? List("female_first_name") : [];
        _lastNames = _genderedLastNames ? null : List("last_name");
        _maleLastNames = _genderedLastNames ? List("male_last_name") : [];
        _femaleLastNames = _genderedLastNames ? List("female_last_name") : [];
    }

    /// <summary>A first and last name, drawn as <c>names.FirstName()</c> then <c>names.LastName()</c> would.</summary>
    public (string First, string Last) Draw(Random random)
    {
        var first = _firstNames is not null || !_genderedFirstNames
            ? Pick(random, _firstNames ?? [])
            : Pick(random, IsMale(random) ? _maleFirstNames : _femaleFirstNames);
        var last = _genderedLastNames
            ? Pick(random, IsMale(random) ? _maleLastNames : _femaleLastNames)
            : Pick(random, _lastNames ?? []);
        return (first, last);
    }

    // Bogus returns an empty string for an empty list without drawing.
    private static string Pick(Random random, string[] list) => list.Length == 0 ? string.Empty : list[random.Next(0, list.Length)];

    // Enum<Gender>() picks from Enum.GetNames: ["Male", "Female"].
    private static bool IsMale(Random random) => random.Next(0, 2) == 0;

    private static string[] List(string path)
    {
        if (Database.Get(Category, path, Locale) is not BArray array)
        {
            return [];
        }

        var list = new string[array.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = array[i].StringValue;
        }

        return list;
    }
}
