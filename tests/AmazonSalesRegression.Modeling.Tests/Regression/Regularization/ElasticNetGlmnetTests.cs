using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>Agreement with R's glmnet 4.1 (Golden/make_glmnet_golden.R), all fits with thresh = 1e-14.</summary>
public sealed class ElasticNetGlmnetTests
{
    private const double Tight = 1e-14;

    public static TheoryData<string, double> Cases => GlmnetGolden.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_default_lambda_sequence_and_path_length_equal_glmnets(string data, double alpha)
    {
        // Given a golden data set and glmnet's default path
        var (x, y) = GlmnetGolden.Data(data);
        var expected = GlmnetGolden.Case(data, alpha).GetProperty("default");

        // When our default path is fitted
        var path = ElasticNet.Path(x, y, new ElasticNetOptions { L1Ratio = alpha, Threshold = Tight });

        // Then it stops at the same λ and every λ agrees to 10 significant digits
        var lambdas = expected.Numbers("lambda");
        Assert.Equal(lambdas.Length, path.Count);
        for (var k = 0; k < lambdas.Length; k++)
        {
            Tolerance.AssertDigits(lambdas[k], path.Lambdas[k], 10, $"λ[{k}]");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficients_along_the_default_path_agree_with_glmnet(string data, double alpha)
    {
        // Given glmnet's default path
        var (x, y) = GlmnetGolden.Data(data);
        var expected = GlmnetGolden.Case(data, alpha).GetProperty("default");

        // When ours is fitted with the same threshold
        var path = ElasticNet.Path(x, y, new ElasticNetOptions { L1Ratio = alpha, Threshold = Tight });

        // Then intercepts, slopes, df and deviance ratios agree to 6 digits (1e-8 absolute for tiny slopes)
        AssertPath(expected, path);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficients_for_a_user_lambda_sequence_agree_with_glmnet(string data, double alpha)
    {
        // Given glmnet's fits for a user-given λ sequence (given increasing here, glmnet sorts it)
        var (x, y) = GlmnetGolden.Data(data);
        var expected = GlmnetGolden.Case(data, alpha).GetProperty("user");
        var lambdas = expected.Numbers("lambda").Reverse().ToArray();

        // When ours is fitted with that sequence
        var path = ElasticNet.Path(
            x,
            y,
            new ElasticNetOptions
            {
                L1Ratio = alpha,
                Lambdas = lambdas,
                Threshold = Tight,
            }
        );

        // Then the whole sequence is fitted (no early stop) and agrees with glmnet
        Assert.Equal(lambdas.Length, path.Count);
        AssertPath(expected, path);
    }

    private static void AssertPath(System.Text.Json.JsonElement expected, ElasticNetPath path)
    {
        var a0 = expected.Numbers("a0");
        var beta = expected.Matrix("beta");
        var df = expected.Numbers("df");
        var devRatio = expected.Numbers("dev_ratio");
        Assert.Equal(a0.Length, path.Count);
        for (var k = 0; k < a0.Length; k++)
        {
            Tolerance.AssertDigits(a0[k], path.Intercepts[k], 6, $"a0[{k}]", scale: 0.01);
            for (var j = 0; j < beta[k].Length; j++)
            {
                Tolerance.AssertDigits(beta[k][j], path.Coefficients[k][j], 6, $"beta[{k}][{j}]", scale: 0.01);
            }

            Assert.Equal(df[k], path.NonZero[k]);
            Tolerance.AssertDigits(devRatio[k], path.DevianceRatio[k], 6, $"dev.ratio[{k}]", scale: 0.0001);
        }
    }
}
