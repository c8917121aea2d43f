using Microsoft.AspNetCore.Diagnostics;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>
/// Every error answer is problem+json: unknown routes and wrong methods (404, 405), request errors Kestrel detects
/// (e.g. 413 for a body over the limit, 400 for a broken request), and, as a last resort, 500 without internals.
/// </summary>
internal static class ErrorHandling
{
    /// <summary>Adds the exception handler and status-code pages.</summary>
    public static IApplicationBuilder UseProblemDetailsForErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(
            new ExceptionHandlerOptions
            {
                ExceptionHandler = async context =>
                {
                    var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                    var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
                    var detail = status < 500 ? "the request could not be read." : "an unexpected error occurred; it has been logged.";
                    await TypedResults.Problem(detail, statusCode: status).ExecuteAsync(context);
                },
            }
        );
        app.UseStatusCodePages();
        return app;
    }
}
