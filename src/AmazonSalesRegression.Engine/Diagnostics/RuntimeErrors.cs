using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>
/// Turns an exception thrown by a cell into a <see cref="CellError"/>: the exception type name, its message, and a
/// traceback of the frames that matter to the user. Frames of cells read <c>at cell 3, line 5</c> (or
/// <c>at Square (cell 3, line 5)</c> inside a method the cell declared); library frames keep their method and file
/// name (never a full path); frames of Roslyn, of the engine, and of the async machinery are dropped.
/// </summary>
internal static partial class RuntimeErrors
{
    private static readonly string[] s_hiddenNamespaces =
    [
        "Microsoft.CodeAnalysis",
        "System.Runtime.CompilerServices",
        "System.Runtime.ExceptionServices",
        "System.Threading.Tasks",
        "System.Threading.ExecutionContext",
    ];

    /// <summary>The file name given to each cell's submission (the document name in its debug information).</summary>
    public static string CellFileName(int executionCount) => $"cell{executionCount.ToString(CultureInfo.InvariantCulture)}.csx";

    /// <summary>
    /// The error for <paramref name="exception"/>, unwrapping single-exception aggregates and reflection wrappers;
    /// <paramref name="cells"/> locates the frames of cell code.
    /// </summary>
    public static CellError From(Exception exception, CellLines cells)
    {
        var root = Unwrap(exception);
        var traceback = new List<string> { $"{root.GetType().Name}: {root.Message}" };
        for (var inner = root.InnerException; inner is not null; inner = inner.InnerException)
        {
            traceback.Add($" ---> {inner.GetType().Name}: {inner.Message}");
        }

        traceback.AddRange(Frames(root, cells));
        return new CellError(root.GetType().Name, root.Message, traceback);
    }

    private static Exception Unwrap(Exception exception) =>
        exception switch
        {
            AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
            TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
            _ => exception,
        };

    private static IEnumerable<string> Frames(Exception exception, CellLines cells)
    {
        var engine = typeof(RuntimeErrors).Assembly;
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (method is null || type is null || type.Assembly == engine || IsHidden(type))
            {
                continue;
            }

            if (cells.Locate(frame) is { } cell)
            {
                var member = UserMember(method, type);
                var location =
                    $"cell {cell.ExecutionCount.ToString(CultureInfo.InvariantCulture)}, line {cell.Line.ToString(CultureInfo.InvariantCulture)}";
                yield return member is null ? $"   at {location}" : $"   at {member} ({location})";
            }
            else if (!IsScriptInfrastructure(type))
            {
                var file = frame.GetFileName() is { Length: > 0 } path
                    ? $" in {Path.GetFileName(path)}:line {frame.GetFileLineNumber().ToString(CultureInfo.InvariantCulture)}"
                    : string.Empty;
                yield return $"   at {type.FullName?.Replace('+', '.')}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))}){file}";
            }
        }
    }

    private static bool IsHidden(Type type) =>
        s_hiddenNamespaces.Any(prefix => (type.FullName ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal));

    // Submission frames that are not located in a cell: the empty base submission, the warm-up probe, or no line.
    private static bool IsScriptInfrastructure(Type type) =>
        (type.FullName ?? string.Empty).StartsWith("Submission#", StringComparison.Ordinal);

    /// <summary>The user-declared member a compiler-generated frame belongs to; <see langword="null"/> for top-level cell code.</summary>
    private static string? UserMember(MethodBase method, Type type)
    {
        var name = method.Name;
        if (name == "MoveNext" && GeneratedName().Match(type.Name) is { Success: true } stateMachine)
        {
            name = stateMachine.Groups["name"].Value;
        }

        if (LocalFunction().Match(name) is { Success: true } local)
        {
            return local.Groups["name"].Value;
        }

        if (GeneratedName().Match(name) is { Success: true } generated)
        {
            name = generated.Groups["name"].Value;
        }

        return name is "<Initialize>" or "<Factory>" ? null : name;
    }

    [GeneratedRegex(@"^<(?<name>.+)>[a-z]__")]
    private static partial Regex GeneratedName();

    [GeneratedRegex(@"g__(?<name>[^|]+)\|")]
    private static partial Regex LocalFunction();
}
