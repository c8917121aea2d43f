using AmazonSalesRegression.Api;
using AmazonSalesRegression.Api.Endpoints;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Api.Monitoring;

// The prediction service. Each feature lives in its own file; this file only lists them.
var settings = ServiceSettings.FromArguments(args);
if (settings.HealthCheck)
{
    return await HealthCheck.RunAsync(settings);
}

var builder = WebApplication.CreateSlimBuilder(settings.HostArguments);
builder.AddPredictionService();

var app = builder.Build();
app.UseProblemDetailsForErrors();
app.UseRequestMonitoring();
app.UseModelVersionHeader();

app.MapModel();
app.MapPredictions();
app.MapMonitoring();
app.MapOpenApi();

await app.RunAsync();
return 0;

/// <summary>The service's entry point (public so that tests can host it with <c>WebApplicationFactory</c>).</summary>
public partial class Program;
