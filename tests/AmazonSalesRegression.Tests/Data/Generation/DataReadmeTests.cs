using System.Globalization;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

/// <summary>The numbers in <c>data/README.md</c> must be the generator's: each table is checked against the truth.</summary>
public sealed class DataReadmeTests
{
    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllLines(Path.Combine(CoursePaths.FindRoot(AppContext.BaseDirectory), "data", "README.md"))
    );

    [Fact]
    public void Readme_states_the_seed_and_the_pinned_csv_hash()
    {
        // Given
        var text = string.Join('\n', Lines.Value);

        // When / Then
        Assert.Contains($"**{GeneratorOptions.DefaultSeed}**", text);
        Assert.Contains($"`{SalesDataDeterminismTests.GoldenCsvSha256}`", text);
        Assert.Contains("dotnet run --project src/AmazonSalesRegression.Cli -- data generate [--out PATH] [--seed N]", text);
    }

    [Fact]
    public void Category_table_matches_the_truth()
    {
        // Given
        var truth = DefaultDataSet.Truth;

        foreach (var category in truth.Categories)
        {
            // When
            var cells = Row("### Categories", $"| {category.Name} |");

            // Then
            Assert.Equal($"`{category.SkuPrefix}`", cells[1]);
            Assert.Equal(Format(category.Elasticity), cells[2]);
            Assert.Equal(Format(category.NoiseSd), cells[3]);
            Assert.Equal(Format(category.ReferralFeeRate), cells[4]);
            Assert.Equal(Format(category.ConversionRate), cells[5]);
            Assert.Equal($"{Format(category.ListPriceMin)}–{Format(category.ListPriceMax)}", cells[6]);
            Assert.Equal($"{Format(category.BaseUnitsMin)}–{Format(category.BaseUnitsMax)}", cells[7]);
            Assert.Equal(Format(category.FbaShare), cells[8]);
        }
    }

    [Fact]
    public void Shared_coefficient_table_matches_the_truth()
    {
        // Given
        var demand = DefaultDataSet.Truth.Demand;
        (string Symbol, double Value)[] expected =
        [
            ("delta", demand.PrimeDayElasticityShift),
            ("theta", demand.CompetitorCrossElasticity),
            ("trend", demand.TrendPerYear),
            ("lift_prime", demand.PrimeDayLift),
            ("lift_bfcm", demand.BlackFridayCyberMondayLift),
            ("lift_holiday", demand.HolidaySeasonLift),
            ("rho", demand.RatingEffect),
            ("phi", demand.FbaEffect),
            ("m_FBM", demand.FbmNoiseMultiplier),
            ("m_event", demand.EventNoiseMultiplier),
            ("period", demand.SeasonalPeriodDays),
        ];

        // When / Then
        Assert.All(expected, e => Assert.Equal(Format(e.Value), Row("### Shared demand coefficients", $"| `{e.Symbol}` |")[^1]));
    }

    [Fact]
    public void Weekday_seasonality_and_channel_tables_match_the_truth()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var weekdayHeader = Array.FindIndex(Lines.Value, line => line.StartsWith("| Monday | Tuesday |", StringComparison.Ordinal));

        // When
        var weekdayValues = Cells(Lines.Value[weekdayHeader + 2]);

        // Then
        Assert.Equal(truth.Demand.WeekdayEffects.Select(w => Format(w.Effect)), weekdayValues);
        Assert.All(
            truth.Demand.Seasonality,
            term =>
                Assert.Equal(
                    [Format(term.SinCoefficient), Format(term.CosCoefficient)],
                    Row("### Yearly seasonality", $"| {term.Harmonic} |")[1..]
                )
        );
        Assert.All(
            truth.AdChannels,
            channel =>
                Assert.Equal(
                    [
                        Format(channel.Coefficient),
                        Format(channel.HalfSaturation),
                        Format(channel.BudgetShare),
                        Format(channel.ShareNoiseSd),
                    ],
                    Row("### Advertising channels", $"| `{channel.Column}` |")[1..]
                )
        );
    }

    [Fact]
    public void Outlier_and_sku_tables_match_the_truth()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var inv = CultureInfo.InvariantCulture;

        // When / Then
        Assert.All(
            truth.Outliers,
            o => Assert.Equal([Format(o.Factor), o.Reason], Row("### Injected outliers", $"| {o.Date:yyyy-MM-dd} | {o.Sku} |")[2..])
        );
        Assert.All(
            truth.Skus,
            s =>
                Assert.Equal(
                    [
                        s.Category,
                        s.Fulfilment,
                        Format(s.BaseUnits),
                        s.BaseLevel.ToString("F4", inv),
                        s.InitialListPrice.ToString("F2", inv),
                    ],
                    Row("### SKUs", $"| {s.Sku} |")[1..6]
                )
        );
    }

    [Fact]
    public void Budget_and_stock_out_parameters_in_the_readme_match_the_truth()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var (budget, stock) = (truth.AdBudget, truth.StockOuts);
        var text = string.Join('\n', Lines.Value);

        // When
        var budgetLine =
            $"Budget: scale κ = {Format(budget.Scale)}, seasonality loading {Format(budget.SeasonalityLoading)}, "
            + $"event boost {Format(budget.EventBoost)}, holiday boost {Format(budget.HolidayBoost)}, AR coefficient "
            + $"{Format(budget.ArCoefficient)},\ninnovation sd {Format(budget.InnovationSd)}.";
        var stockLine =
            $"| Stock-outs | P(in → out) {Format(stock.DailyStockOutProbability)}, P(out → in) "
            + $"{Format(stock.DailyRestockProbability)}, sold fraction when out U(0, {Format(stock.MaxCensoredFraction)}) |";

        // Then
        Assert.Contains(budgetLine, text);
        Assert.Contains(stockLine, text);
        Assert.Contains($"The default data have {stock.Episodes.Count} episodes", text);
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cells of the single line starting with <paramref name="prefix"/> in the README section <paramref name="heading"/>.</summary>
    private static string[] Row(string heading, string prefix)
    {
        var lines = Lines.Value;
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"README has no heading '{heading}'");
        var section = lines.Skip(start + 1).TakeWhile(line => !line.StartsWith('#'));
        return Cells(Assert.Single(section, line => line.StartsWith(prefix, StringComparison.Ordinal)));
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
}
