using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AmazonSalesRegression.Api.Endpoints;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Api.Monitoring;
using AmazonSalesRegression.Api.OpenApi;
using AmazonSalesRegression.Api.Requests;

namespace AmazonSalesRegression.Api;

/// <summary>
/// Registers the service's parts and applies the environment's port and limits: the composition root, the one place
/// that knows every namespace (hosting, monitoring, requests, endpoints and the OpenAPI document).
/// </summary>
internal static class PredictionServiceSetup
{
    /// <summary>Adds the model holder and loader, metrics, the EMF log, problem details and the OpenAPI document; honours <c>PORT</c>.</summary>
    public static WebApplicationBuilder AddPredictionService(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration["urls"] is null && configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{ServiceSettings.Port(configuration)}");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("AmazonSalesRegression", LogLevel.Information);
        builder.Services.AddProblemDetails();
        builder.Services.AddServiceDocument();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // The service reads its requests with its own reader; numbers it writes are numbers, and the OpenAPI schemas say so.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Only source-generated metadata, as under Native AOT: a type missing from the context fails here too, not only when published.
            var resolvers = json.SerializerOptions.TypeInfoResolverChain;
            for (var i = resolvers.Count - 1; i >= 0; i--)
            {
                if (resolvers[i] is DefaultJsonTypeInfoResolver)
                {
                    resolvers.RemoveAt(i);
                }
            }

            resolvers.Insert(0, ServiceJsonContext.Default);
        });
        builder.Services.AddSingleton(new ModelHolder(ModelLocation.Resolve(configuration)));
        builder.Services.AddHostedService<ModelLoader>();
        builder.Services.AddSingleton<ServiceMetrics>();
        builder.Services.AddSingleton(_ => EmfLog.Create(configuration));
        builder.Services.AddHostedService(services => services.GetRequiredService<EmfLog>());
        return builder;
    }
}
