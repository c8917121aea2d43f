using AmazonSalesRegression.Api.Hosting;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>The <c>X-Model-Version</c> header, set on every response to the version of the model being served.</summary>
internal static class ModelVersionHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-Model-Version";

    /// <summary>Sets the header on every response (<c>none</c> before a model is loaded); prediction endpoints overwrite it with the model that scored.</summary>
    public static IApplicationBuilder UseModelVersionHeader(this IApplicationBuilder app)
    {
        var holder = app.ApplicationServices.GetRequiredService<ModelHolder>();
        return app.Use(
            (context, next) =>
            {
                context.Response.Headers[Name] = holder.Current?.VersionLabel ?? "none";
                return next(context);
            }
        );
    }
}
