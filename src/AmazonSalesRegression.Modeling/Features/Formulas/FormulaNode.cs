namespace AmazonSalesRegression.Features.Formulas;

/// <summary>A node of a parsed formula. <see cref="Start"/>/<see cref="End"/> locate its text in the formula.</summary>
internal abstract record FormulaNode(int Start, int End)
{
    /// <summary>The source text of this node with runs of white space collapsed to one space: the name of a factor.</summary>
    public string TextIn(string formula) =>
        string.Join(' ', formula[Start..End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A column reference, e.g. <c>price</c> or <c>`list price`</c>.</summary>
internal sealed record NameNode(string Name, int Start, int End) : FormulaNode(Start, End);

/// <summary>A number literal.</summary>
internal sealed record NumberNode(double Value, int Start, int End) : FormulaNode(Start, End);

/// <summary>A string literal, e.g. the reference level in <c>Treatment("Books")</c>.</summary>
internal sealed record StringNode(string Value, int Start, int End) : FormulaNode(Start, End);

/// <summary>A function call with positional and named arguments.</summary>
internal sealed record CallNode(
    string Function,
    IReadOnlyList<FormulaNode> Arguments,
    IReadOnlyDictionary<string, FormulaNode> Named,
    int Start,
    int End
) : FormulaNode(Start, End);

/// <summary>A binary operator: <c>~ + - * / : ^ **</c>.</summary>
internal sealed record BinaryNode(string Operator, FormulaNode Left, FormulaNode Right, int Start, int End) : FormulaNode(Start, End);

/// <summary>A unary operator: <c>-</c> or <c>+</c>.</summary>
internal sealed record UnaryNode(string Operator, FormulaNode Operand, int Start, int End) : FormulaNode(Start, End);
