namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// A numeric formula factor (e.g. <c>log1p(ad_spend_sp)</c>, <c>time(date)</c>) compiled to postfix instructions over
/// one row of raw inputs, so that scoring evaluates it with a small stack on the call stack and allocates nothing.
/// Functions and their learned parameters are those of the formula engine; a value outside a function's domain
/// (say, the log of 0) evaluates to NaN, which the scorer reports.
/// </summary>
internal sealed class CompiledNumericFactor
{
    private readonly Instruction[] _code;
    private readonly int _depth;

    private CompiledNumericFactor(Instruction[] code, int depth)
    {
        _code = code;
        _depth = depth;
        foreach (var i in code)
        {
            Inputs |= i.Op == OpCode.Load ? 1UL << i.Slot : 0;
        }
    }

    /// <summary>The input slots the factor reads, as a bit mask (bit i for input i).</summary>
    public ulong Inputs { get; }

    /// <summary>Compiles <paramref name="node"/> of <paramref name="formula"/>; <paramref name="featureIndex"/> maps a column to its input slot.</summary>
    public static CompiledNumericFactor Compile(Formula formula, FormulaNode node, Func<string, int> featureIndex, TransformState state)
    {
        var code = new List<Instruction>();
        var depth = Emit(formula.Text, node, featureIndex, state, code, 0);
        return new CompiledNumericFactor([.. code], depth);
    }

    /// <summary>Evaluates the factor for one row of inputs (numbers as given, dates as day numbers).</summary>
    public double Evaluate(ReadOnlySpan<double> inputs)
    {
        Span<double> stack = stackalloc double[_depth];
        var top = -1;
        foreach (ref readonly var i in _code.AsSpan())
        {
            switch (i.Op)
            {
                case OpCode.Load:
                    stack[++top] = inputs[i.Slot];
                    break;
                case OpCode.Constant:
                    stack[++top] = i.A;
                    break;
                case OpCode.Binary:
                    var right = stack[top--];
                    stack[top] = Apply(i.Slot, stack[top], right);
                    break;
                default:
                    stack[top] = Apply(i.Op, stack[top], i.A, i.B);
                    break;
            }
        }

        return stack[0];
    }

    private static double Apply(int op, double a, double b) =>
        op switch
        {
            0 => a + b,
            1 => a - b,
            2 => a * b,
            3 => a / b,
            _ => Math.Pow(a, b),
        };

    private static double Apply(OpCode op, double v, double a, double b) =>
        op switch
        {
            OpCode.Negate => -v,
            OpCode.Log => v > 0 ? Math.Log(v) : double.NaN,
            OpCode.Log2 => v > 0 ? Math.Log2(v) : double.NaN,
            OpCode.Log10 => v > 0 ? Math.Log10(v) : double.NaN,
            OpCode.Log1p => v > -1 ? Math.Log(1 + v) : double.NaN,
            OpCode.Exp => Math.Exp(v),
            OpCode.Sqrt => v >= 0 ? Math.Sqrt(v) : double.NaN,
            OpCode.Abs => Math.Abs(v),
            OpCode.Center => v - a,
            OpCode.Standardize => (v - a) / b,
            OpCode.Year => DateOnly.FromDayNumber((int)v).Year,
            OpCode.DayOfYear => DateOnly.FromDayNumber((int)v).DayOfYear,
            _ => (v - a) / 365.25,
        };

    private static int Emit(
        string formula,
        FormulaNode node,
        Func<string, int> featureIndex,
        TransformState state,
        List<Instruction> code,
        int height
    )
    {
        switch (node)
        {
            case NameNode name:
                code.Add(new Instruction(OpCode.Load, featureIndex(name.Name), 0, 0));
                return height + 1;
            case NumberNode number:
                code.Add(new Instruction(OpCode.Constant, 0, number.Value, 0));
                return height + 1;
            case UnaryNode unary:
                var inner = Emit(formula, unary.Operand, featureIndex, state, code, height);
                if (unary.Operator == "-")
                {
                    code.Add(new Instruction(OpCode.Negate, 0, 0, 0));
                }

                return inner;
            case BinaryNode binary:
                var left = Emit(formula, binary.Left, featureIndex, state, code, height);
                var right = Emit(formula, binary.Right, featureIndex, state, code, height + 1);
                var op = Array.IndexOf(BinaryOperators, binary.Operator);
                code.Add(new Instruction(OpCode.Binary, op < 0 ? 4 : op, 0, 0));
                return Math.Max(left, right);
            case CallNode call:
                return EmitCall(formula, call, featureIndex, state, code, height);
            default:
                throw new NotSupportedException($"'{node.TextIn(formula)}' cannot be scored as a number.");
        }
    }

    private static readonly string[] BinaryOperators = ["+", "-", "*", "/"];

    private static int EmitCall(
        string formula,
        CallNode call,
        Func<string, int> featureIndex,
        TransformState state,
        List<Instruction> code,
        int height
    )
    {
        var name = FactorEvaluator.FunctionName(call.Function);
        var depth = Emit(formula, call.Arguments[0], featureIndex, state, code, height);
        var key = call.TextIn(formula);
        Instruction? instruction = name switch
        {
            "I" => null,
            "log" => new(OpCode.Log, 0, 0, 0),
            "log2" => new(OpCode.Log2, 0, 0, 0),
            "log10" => new(OpCode.Log10, 0, 0, 0),
            "log1p" => new(OpCode.Log1p, 0, 0, 0),
            "exp" => new(OpCode.Exp, 0, 0, 0),
            "sqrt" => new(OpCode.Sqrt, 0, 0, 0),
            "abs" => new(OpCode.Abs, 0, 0, 0),
            "center" => new(OpCode.Center, 0, state.Numbers[key][0], 0),
            "standardize" or "scale" => new(OpCode.Standardize, 0, state.Numbers[key][0], state.Numbers[key][1]),
            "year" => new(OpCode.Year, 0, 0, 0),
            "dayofyear" => new(OpCode.DayOfYear, 0, 0, 0),
            "time" => new(OpCode.Time, 0, state.Numbers[key][0], 0),
            _ => throw new NotSupportedException($"'{key}' cannot be scored as a number."),
        };
        if (instruction is { } i)
        {
            code.Add(i);
        }

        return depth;
    }

    private enum OpCode
    {
        Load,
        Constant,
        Binary,
        Negate,
        Log,
        Log2,
        Log10,
        Log1p,
        Exp,
        Sqrt,
        Abs,
        Center,
        Standardize,
        Year,
        DayOfYear,
        Time,
    }

    private readonly record struct Instruction(OpCode Op, int Slot, double A, double B);
}
