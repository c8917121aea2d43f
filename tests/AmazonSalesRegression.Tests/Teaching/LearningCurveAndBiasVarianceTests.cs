using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Resampling;
using AmazonSalesRegression.Teaching;

namespace AmazonSalesRegression.Tests.Teaching;

/// <summary>The learning-curve and bias–variance helpers.</summary>
public sealed class LearningCurveAndBiasVarianceTests
{
    [Fact]
    public void Learning_curve_uses_the_first_rows_for_training_and_the_last_for_validation()
    {
        // Given y = 2x exactly on the first 6 rows and y = 2x + 1 on the 2 validation rows, and a "predict the training mean" model
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] y = [2, 4, 6, 8, 10, 12, 15, 17];
        var design = DesignMatrix.FromColumns(["x"], [x]);
        Func<DesignMatrix, double[], Func<DesignMatrix, double[]>> meanModel = (_, ty) =>
            d => Enumerable.Repeat(ty.Average(), d.Rows).ToArray();

        // When the curve is computed for 2 and 4 training rows
        var curve = LearningCurve.Compute(design, y, [2, 4], validationRows: 2, meanModel);

        // Then train RMSE is the spread of the first m values and validation RMSE is measured on rows 7–8
        Assert.Equal(1.0, curve[0].TrainRmse, 14);
        Assert.Equal(Math.Sqrt((12.0 * 12 + 14 * 14) / 2), curve[0].ValidationRmse, 12);
        Assert.Equal(Math.Sqrt(5.0), curve[1].TrainRmse, 14);
        Assert.Equal(Math.Sqrt((10.0 * 10 + 12 * 12) / 2), curve[1].ValidationRmse, 12);
    }

    [Fact]
    public void Training_error_falls_with_degree_while_test_error_is_u_shaped()
    {
        // Given a small noisy sample of sin(πx)
        // When polynomials of degree 1, 3 and 12 are fitted
        var points = BiasVarianceDemo.Run(seed: 11, trainSize: 20, testSize: 500, degrees: [1, 3, 12], noiseSd: 0.3);

        // Then training error decreases, degree 3 beats both underfitting (1) and overfitting (12) on test data
        Assert.True(points[0].TrainMse > points[1].TrainMse && points[1].TrainMse > points[2].TrainMse);
        Assert.True(points[1].TestMse < points[0].TestMse, "degree 3 should beat degree 1 out of sample");
        Assert.True(points[1].TestMse < points[2].TestMse, "degree 3 should beat degree 12 out of sample");
        Assert.True(points[1].TrueMse < points[0].TrueMse);
    }
}
