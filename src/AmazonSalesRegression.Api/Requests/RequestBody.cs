using System.Buffers;
using System.IO.Pipelines;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>Reads a whole request body up to <see cref="RequestLimits.MaxBodyBytes"/> from the request's pipe.</summary>
internal static class RequestBody
{
    /// <summary>The body bytes, or an error for an empty or oversized body.</summary>
    public static async Task<(byte[]? Body, RequestError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        var reader = request.BodyReader;
        while (true)
        {
            ReadResult result;
            try
            {
                result = await reader.ReadAsync(cancellation);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return (null, TooLarge());
            }

            var buffer = result.Buffer;
            if (buffer.Length > RequestLimits.MaxBodyBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, TooLarge());
            }

            if (result.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes.Length == 0 ? (null, RequestError.Malformed("the request body is empty.")) : (bytes, null);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static RequestError TooLarge() => RequestError.TooLarge($"the body exceeds {RequestLimits.MaxBodyBytes:N0} bytes.");
}
