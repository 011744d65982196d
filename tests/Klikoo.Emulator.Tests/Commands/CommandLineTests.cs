using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Commands;

public sealed class CommandLineTests
{
    [TestCase(new[] { "--port", "6000" }, new[] { "--urls=http://localhost:6000" })]
    [TestCase(new[] { "--port=6000", "--host", "0.0.0.0" }, new[] { "--urls=http://0.0.0.0:6000" })]
    [TestCase(new[] { "--fixtures", "./mine" }, new[] { "--Klikoo:Fixtures=./mine" })]
    [TestCase(new[] { "--fixtures=x", "--Klikoo:Seed=7" }, new[] { "--Klikoo:Fixtures=x", "--Klikoo:Seed=7" })]
    [TestCase(new[] { "--urls", "http://127.0.0.1:1" }, new[] { "--urls", "http://127.0.0.1:1" })]
    [TestCase(new[] { "--Klikoo__Seed=7", "--Klikoo__Clock__Fixed", "2024-11-29T10:59:32+07:00" }, new[] { "--Klikoo:Seed=7", "--Klikoo:Clock:Fixed=2024-11-29T10:59:32+07:00" })]
    [TestCase(new[] { "--Logging:LogLevel:Default=Warning", "/environment", "Development", "Klikoo:Seed=7" }, new[] { "--Logging:LogLevel:Default=Warning", "/environment", "Development", "Klikoo:Seed=7" })]
    [TestCase(new[] { "--URLS=http://127.0.0.1:1", "--klikoo:journal:capacity", "0", "--Kestrel:Limits:MaxRequestBodySize=1000" }, new[] { "--URLS=http://127.0.0.1:1", "--klikoo:journal:capacity", "0", "--Kestrel:Limits:MaxRequestBodySize=1000" })]
    [TestCase(new[] { "--Klikoo=", "--Klikoo:Clock=", "--Logging=" }, new[] { "--Klikoo=", "--Klikoo:Clock=", "--Logging=" })] // the test host's sections
    public void Normalize_FriendlyOptions_BecomeAspNetSettings(string[] args, string[] expected)
    {
        CommandLine.Normalize(args).Should().Equal(expected);
    }

    [Test]
    public async Task RunAsync_Serving_DoesNotWatchTheWorkingDirectoryForSettings()
    {
        var (exitCode, settings) = await CommandLine.RunAsync(["--port", "6000"]);

        exitCode.Should().BeNull();
        settings.Should().Equal("--hostBuilder:reloadConfigOnChange=false", "--urls=http://localhost:6000");
    }

    [Test]
    public void Normalize_OptionWithoutValue_SaysWhich()
    {
        var normalize = () => CommandLine.Normalize(["--port"]);

        normalize.Should().Throw<ArgumentException>().WithMessage("--port needs a value.");
    }

    [TestCase(new[] { "--prot", "5090" }, "unknown option '--prot': did you mean --port? (--help lists the options)")]
    [TestCase(new[] { "--fixture", "./mine" }, "unknown option '--fixture': did you mean --fixtures? (--help lists the options)")]
    [TestCase(new[] { "--port", "5090", "--Klikoo:Clock:Fixd=2024-11-29T10:59:32+07:00" }, "unknown option '--Klikoo:Clock:Fixd': did you mean --Klikoo:Clock:Fixed? (--help lists the options)")]
    [TestCase(new[] { "--Klikoo__Sed=7" }, "unknown option '--Klikoo__Sed': did you mean --Klikoo:Seed? (--help lists the options)")]
    [TestCase(new[] { "--Loging:LogLevel:Default=Warning" }, "unknown option '--Loging:LogLevel:Default': did you mean --Logging:LogLevel:Default? (--help lists the options)")]
    [TestCase(new[] { "-p", "5090" }, "unknown option '-p': did you mean --port? (--help lists the options)")]
    [TestCase(new[] { "--Klikoo=7" }, "unknown option '--Klikoo': did you mean --Klikoo:Seed? (--help lists the options)")]
    [TestCase(new[] { "validte" }, "unknown command 'validte': did you mean validate? (--help lists the commands)")]
    [TestCase(new[] { "hlep" }, "unknown command 'hlep': did you mean help? (--help lists the commands)")]
    [TestCase(new[] { "--port", "5090", "validate" }, "'validate' needs nothing before it: klikoo-emulator validate ...")]
    [TestCase(new[] { "--port", "5090", "6000" }, "unexpected '6000': an option is --name <value> or --name=<value> (--help lists them)")]
    public void Normalize_UnknownOptionOrCommand_OneLineNamingTheNearest(string[] args, string expected)
    {
        var normalize = () => CommandLine.Normalize(args);

        normalize.Should().Throw<ArgumentException>().Which.Message.Should().Be(expected);
    }

    [Test]
    public async Task RunAsync_UnknownOption_ExitCode2WithoutServing()
    {
        var (exitCode, settings) = await CommandLine.RunAsync(["--fixture", "./mine"]);

        exitCode.Should().Be(2);
        settings.Should().BeEmpty();
    }

    [Test]
    public async Task RunAsync_Help_ExitCode0WithoutServing()
    {
        var (exitCode, settings) = await CommandLine.RunAsync(["help"]);

        exitCode.Should().Be(0);
        settings.Should().BeEmpty();
    }

    [Test]
    public void Normalize_EveryDocumentedKlikooSetting_Accepted()
    {
        var documented = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"Klikoo:[A-Za-z]+(:[A-Za-z]+)*").Select(m => m.Value))
            .Distinct()
            .ToList();

        documented.Should().Contain("Klikoo:Clock:Fixed").And.Contain("Klikoo:State:Redis");
        documented.Should().OnlyContain(key => KnownSettings.IsKnown(key), "every documented setting works from the command line");
    }

    [Test]
    public void KnownSettings_EveryOptionsClassOfTheEmulator_Accepted()
    {
        var sections = typeof(Klikoo.Emulator.Hosting.KlikooOptions).Assembly.GetTypes()
            .Select(type => (Type: type, Section: type.GetField("Section")?.GetRawConstantValue() as string))
            .Where(t => t.Section?.StartsWith("Klikoo", StringComparison.Ordinal) == true && t.Type.Name.EndsWith("Options", StringComparison.Ordinal))
            .ToList();
        var keys = sections.SelectMany(t => t.Type.GetProperties().Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string))).Select(p => $"{t.Section}:{p.Name}")).ToList();

        sections.Should().HaveCountGreaterThan(5);
        keys.Should().Contain("Klikoo:Callbacks:Attempts").And.OnlyContain(key => KnownSettings.IsKnown(key), "an options class KnownSettings does not list is refused on the command line");
    }

    [Test]
    public void Normalize_GeneratedTyposOfEveryOptionAndCommand_RefusedNamingTheNearest()
    {
        var random = new Random(20241129);
        string[] options = [.. KnownSettings.Friendly, .. KnownSettings.Host, .. KnownSettings.Klikoo];
        string[] commands = ["validate", "export-wiremock", "healthcheck", "help"];
        var checkedTypos = 0;
        foreach (var (word, isCommand) in options.Select(o => (o, false)).Concat(commands.Select(c => (c, true))))
        {
            for (var n = 0; n < 200; n++)
            {
                var typo = Typo(word, random);
                var known = isCommand ? commands.Contains(typo) : KnownSettings.IsKnown(typo);
                if (known || typo.Length == 0 || typo.Contains('=', StringComparison.Ordinal) || typo.StartsWith('-') || typo.StartsWith('/'))
                {
                    continue;
                }

                string[] args = isCommand ? [typo] : [$"--{typo}", "1"];
                var refused = ((Func<string[]>)(() => CommandLine.Normalize(args))).Should().Throw<ArgumentException>($"'{string.Join(' ', args)}' is a typo").Which.Message;
                var named = System.Text.RegularExpressions.Regex.Match(refused, @"did you mean (--)?(?<name>\S+)\?").Groups["name"].Value;
                var candidates = isCommand ? commands : options;
                var nearest = candidates.Min(c => Closest.Distance(typo.ToUpperInvariant(), c.ToUpperInvariant()));
                Closest.Distance(typo.ToUpperInvariant(), named.ToUpperInvariant()).Should().Be(nearest, $"{refused} names a nearest one");
                if (candidates.Count(c => Closest.Distance(typo.ToUpperInvariant(), c.ToUpperInvariant()) == nearest) == 1)
                {
                    named.Should().Be(word, refused);
                }

                checkedTypos++;
            }
        }

        checkedTypos.Should().BeGreaterThan(5000);
    }

    [Test]
    public void Normalize_EveryOptionInEachForm_Accepted()
    {
        foreach (var key in KnownSettings.Host.Concat(KnownSettings.Klikoo))
        {
            foreach (var args in (string[][])[[$"--{key}", "1"], [$"--{key}=1"], [$"/{key}", "1"], [$"{key}=1"], [$"--{key.Replace(":", "__", StringComparison.Ordinal)}=1"], [$"--{key.ToUpperInvariant()}=1"]])
            {
                CommandLine.Normalize(args).Should().NotBeEmpty(string.Join(' ', args));
            }
        }
    }

    [TestCase(new[] { "--prot", "5090" }, "unknown option '--prot': did you mean --port? (--help lists the options)")]
    [TestCase(new[] { "--fixture", "fixtures" }, "unknown option '--fixture': did you mean --fixtures? (--help lists the options)")]
    [TestCase(new[] { "validte", "fixtures" }, "unknown command 'validte': did you mean validate? (--help lists the commands)")]
    public async Task Emulator_UnknownOptionOrCommand_ExitCode2WithOneLine(string[] args, string line)
    {
        var run = await EmulatorProcess.RunUntilExitAsync(args, timeout: TimeSpan.FromSeconds(20));

        using (new FluentAssertions.Execution.AssertionScope())
        {
            run.ExitCode.Should().Be(2);
            run.StandardError.Should().Be(line + Environment.NewLine);
            run.StandardOutput.Should().BeEmpty();
        }
    }

    [Test]
    public async Task Emulator_Help_UsageAndExitCode0()
    {
        var run = await EmulatorProcess.RunUntilExitAsync(["help"], timeout: TimeSpan.FromSeconds(20));

        run.ExitCode.Should().Be(0);
        run.StandardOutput.Should().StartWith("Klikoo Emulator: ").And.Contain("klikoo-emulator validate [<folder>]");
    }

    // One edit: a letter dropped, doubled, replaced or swapped with the next.
    private static string Typo(string word, Random random)
    {
        var at = random.Next(word.Length);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, letter.ToString()),
            2 => string.Concat(word.AsSpan(0, at), letter.ToString(), word.AsSpan(at + 1)),
            _ when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => word + letter,
        };
    }

    [Test]
    public void Resolve_UnrelatedFixturesFolderAbove_Skipped()
    {
        using var unrelated = new TemporaryFixtures(("fixtures/data.yaml", "x: 1"));
        var below = Directory.CreateDirectory(Path.Combine(unrelated.Path, "work", "here")).FullName;

        FixturesFolder.Resolve(null, below, "/opt/tool").Should().Be("/opt/tool/fixtures");
    }

    [Test]
    public void Resolve_RepositoryFixturesAbove_Found()
    {
        FixturesFolder.Resolve(null, Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator"), "/opt/tool").Should().Be(RepositoryPaths.Fixtures);
    }
}
