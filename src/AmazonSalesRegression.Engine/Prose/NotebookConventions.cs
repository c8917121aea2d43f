namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// The authoring rules a notebook can opt into through its metadata (<c>metadata.{MetadataKey}</c>): prose numbers
/// bound to computed values, and structure (slides, line length, exercises and solutions). The names are data, so a
/// host can rename them (a host may keep its own metadata key); the defaults are what the README documents.
/// </summary>
public sealed record NotebookConventions
{
    /// <summary>The notebook metadata object that holds the opt-in flags and the literals (default <c>authoring</c>).</summary>
    public string MetadataKey { get; init; } = "authoring";

    /// <summary>The key and value that opt a notebook into the unbound-number rule (<c>"prose": "bound"</c>).</summary>
    public (string Key, string Value) ProseFlag { get; init; } = ("prose", "bound");

    /// <summary>The key and value that opt a notebook into the structure rules (<c>"structure": "checked"</c>).</summary>
    public (string Key, string Value) StructureFlag { get; init; } = ("structure", "checked");

    /// <summary>The key of the declared literal constants (an array of strings such as <c>"48"</c> or <c>"95 %"</c>).</summary>
    public string LiteralsKey { get; init; } = "literals";

    /// <summary>The longest code line allowed, in characters.</summary>
    public int MaxCodeLineLength { get; init; } = 100;

    /// <summary>The heading levels (number of <c>#</c>) whose cells must carry slide metadata.</summary>
    public int MaxSlideHeadingLevel { get; init; } = 3;

    /// <summary>The accepted values of <c>metadata.slideshow.slide_type</c> (as RISE and Jupyter's slideshow use them).</summary>
    public IReadOnlyList<string> SlideTypes { get; init; } = ["slide", "subslide", "fragment", "skip", "notes", "-"];

    /// <summary>Tag of an empty learner cell: never executed, no outputs, and it must follow a markdown statement.</summary>
    public string ExerciseTag { get; init; } = "exercise";

    /// <summary>Tag of a solution code cell: executed and checked, but its source and outputs must be hidden.</summary>
    public string SolutionTag { get; init; } = "solution";

    /// <summary>What a problem message tells the author to do to refresh committed outputs (a host names its command).</summary>
    public string RerunHint { get; init; } = "execute the notebook again and save it";

    /// <summary>The conventions used when none are given.</summary>
    public static NotebookConventions Default { get; } = new();
}
