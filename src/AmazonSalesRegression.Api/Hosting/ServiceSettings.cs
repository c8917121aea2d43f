using System.Globalization;

namespace AmazonSalesRegression.Api.Hosting;

/// <summary>
/// What the command line asks of the process: serve (the default; a leading <c>serve</c> argument, which SageMaker
/// passes, is ignored) or probe <c>/ping</c> once (<c>--healthcheck</c>, for ECS container health checks, since the
/// .NET images have no curl), and the arguments left for the web host.
/// </summary>
/// <param name="HealthCheck">Whether to probe instead of serving.</param>
/// <param name="HostArguments">Arguments for the web host (e.g. <c>--urls</c>).</param>
internal sealed record ServiceSettings(bool HealthCheck, string[] HostArguments)
{
    /// <summary>The port when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> nor <c>PORT</c> says otherwise (SageMaker's and the Lambda Web Adapter's).</summary>
    public const int DefaultPort = 8080;

    /// <summary>Reads the command line.</summary>
    public static ServiceSettings FromArguments(string[] args)
    {
        var rest = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        var health = rest.Contains("--healthcheck", StringComparer.Ordinal);
        return new ServiceSettings(health, [.. rest.Where(a => a != "--healthcheck")]);
    }

    /// <summary>The <c>PORT</c> environment variable, or <see cref="DefaultPort"/>.</summary>
    public static int Port(IConfiguration configuration) =>
        int.TryParse(configuration["PORT"], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : DefaultPort;
}
