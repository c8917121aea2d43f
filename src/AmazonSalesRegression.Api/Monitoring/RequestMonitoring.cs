using System.Diagnostics;
using AmazonSalesRegression.Api.Hosting;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>Times every request and records it in <see cref="ServiceMetrics"/> and the <see cref="EmfLog"/>.</summary>
internal static class RequestMonitoring
{
    /// <summary>Adds the timing middleware (outermost, so that error answers are counted too).</summary>
    public static IApplicationBuilder UseRequestMonitoring(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<ServiceMetrics>();
        var emf = app.ApplicationServices.GetRequiredService<EmfLog>();
        var holder = app.ApplicationServices.GetRequiredService<ModelHolder>();
        return app.Use(
            async (context, next) =>
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await next(context);
                }
                finally
                {
                    var elapsed = Stopwatch.GetElapsedTime(start);
                    var route = ServiceMetrics.RouteOf(context.Request.Path);
                    var status = context.Response.StatusCode;
                    metrics.RecordRequest(route, status, elapsed);
                    var predictions = route is 2 or 3 && status == StatusCodes.Status200OK ? PredictionCount(context) : 0;
                    emf.Record(
                        ServiceMetrics.Routes[route],
                        status,
                        elapsed.TotalMilliseconds,
                        predictions,
                        holder.Current?.VersionLabel ?? "none"
                    );
                }
            }
        );
    }

    /// <summary>The number of predictions the endpoint stored for the EMF line.</summary>
    private static int PredictionCount(HttpContext context) =>
        context.Items.TryGetValue(PredictionCountKey, out var n) && n is int count ? count : 0;

    /// <summary>The <see cref="HttpContext.Items"/> key under which prediction endpoints store their count.</summary>
    public static readonly object PredictionCountKey = new();
}
