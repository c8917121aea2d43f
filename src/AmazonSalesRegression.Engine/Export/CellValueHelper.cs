namespace AmazonSalesRegression.Engine.Export;

/// <summary>
/// The source of the <c>CellValue</c> class a twin gets when a cell ends in an expression: a notebook shows that value
/// below the cell, a program prints it. The overloads taking a lambda let the compiler decide what the engine decides
/// from the expression's type: a value is printed, a <c>void</c> call just runs (C# prefers a delegate that returns a
/// value to one that does not, when the lambda has a value).
/// </summary>
internal static class CellValueHelper
{
    /// <summary>The class, for a twin whose cells show values; with the async pair when one of them awaits.</summary>
    public static string Source(bool awaits) =>
        string.Join(
            '\n',
            [
                "/// <summary>What the notebook shows below a cell that ends in an expression, printed: the value's text, or a",
                "/// sequence's items one per line when it has no text of its own. Charts and tables print their text form.</summary>",
                "static class CellValue",
                "{",
                "    /// <summary>Prints the value of a cell's last expression.</summary>",
                "    public static void Show<T>(Func<T> expression) => Print(expression());",
                "",
                "    /// <summary>Runs a cell's last expression that has no value (the notebook shows nothing).</summary>",
                "    public static void Show(Action expression) => expression();",
                .. awaits
                    ? (string[])
                        [
                            "",
                            "    /// <summary>Prints the value of a cell's last expression that awaits.</summary>",
                            "    public static async Task ShowAsync<T>(Func<Task<T>> expression) => Print(await expression());",
                            "",
                            "    /// <summary>Runs a cell's last expression that awaits and has no value.</summary>",
                            "    public static Task ShowAsync(Func<Task> expression) => expression();",
                        ]
                    : [],
                "",
                "    private static void Print(object value)",
                "    {",
                "        if (value is System.Collections.IEnumerable items and not string",
                "            && value.GetType().GetMethod(\"ToString\", Type.EmptyTypes)?.DeclaringType == typeof(object))",
                "        {",
                "            foreach (var item in items)",
                "            {",
                "                Console.WriteLine(item);",
                "            }",
                "",
                "            return;",
                "        }",
                "",
                "        Console.WriteLine(value);",
                "    }",
                "}",
            ]
        );
}
